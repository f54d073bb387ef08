using Microsoft.AspNetCore.Http;
using Store.Core.Sites;

namespace Store.Core.Setup;

/// <summary>Until the shop is set up, every page leads to <c>/setup</c>, as Orchard does.</summary>
internal sealed class SetupRequiredMiddleware(RequestDelegate next, SiteState site)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (site.IsSetUp || IsAllowed(context.Request.Path) || await site.GetAsync(context.RequestAborted) is not null)
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            await context.Response.WriteAsJsonAsync(new { title = "The shop is not set up yet.", status = 503 }, context.RequestAborted);
            return;
        }

        context.Response.Redirect("/setup");
    }

    private static bool IsAllowed(PathString path) =>
        path.StartsWithSegments("/setup") || path.StartsWithSegments("/error") || path.StartsWithSegments("/health") || path.StartsWithSegments("/assets");
}
