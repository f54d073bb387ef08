using Microsoft.AspNetCore.Http;

namespace Store.Content.Seo;

/// <summary>Sends a GET or HEAD for an old address to its new one, keeping the query string when the target has none.</summary>
internal sealed class RedirectMiddleware(RequestDelegate next, RedirectTable table)
{
    public async Task InvokeAsync(HttpContext http)
    {
        if ((HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && await table.FindAsync(http.Request.Path.Value ?? "/", http.RequestAborted) is { } target)
        {
            var query = target.To.Contains('?', StringComparison.Ordinal) ? string.Empty : http.Request.QueryString.Value;
            http.Response.StatusCode = target.StatusCode;
            http.Response.Headers.Location = target.To + query;
            return;
        }

        await next(http);
    }
}
