using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Store.Core.Http;

/// <summary>
/// HEAD answers wherever GET does (monitors and link checkers use it): minimal-API GET routes match HEAD only
/// through this, which routes a HEAD request as a GET and puts HEAD back before the endpoint runs, so the server
/// still sends the headers without the body.
/// </summary>
internal static class HeadRequests
{
    private const string Key = "Store.Head";

    public static IApplicationBuilder UseRoutingWithHead(this IApplicationBuilder app)
    {
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
                context.Items[Key] = true;
            }

            return next(context);
        });
        app.UseRouting();
        return app.Use((context, next) =>
        {
            if (context.Items.ContainsKey(Key))
            {
                context.Request.Method = HttpMethods.Head;
            }

            return next(context);
        });
    }
}
