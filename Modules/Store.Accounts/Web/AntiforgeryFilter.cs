using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Accounts.Web;

/// <summary>
/// ASP.NET Core checks antiforgery tokens only on endpoints that bind a form; a POST without fields
/// (sign out, delete an address) asks for the check here, so another site cannot trigger it.
/// </summary>
public static class AntiforgeryFilter
{
    public static TBuilder RequireAntiforgery<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var antiforgery = context.HttpContext.RequestServices.GetRequiredService<IAntiforgery>();
            return await antiforgery.IsRequestValidAsync(context.HttpContext) ? await next(context) : TypedResults.BadRequest();
        });
}
