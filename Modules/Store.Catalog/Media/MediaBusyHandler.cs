using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Store.Catalog.Media;

/// <summary>Turns <see cref="MediaBusyException"/> into 503 with <c>Retry-After</c> on every surface (editor, API, media URLs).</summary>
internal sealed class MediaBusyHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not MediaBusyException busy)
        {
            return false;
        }

        var seconds = Math.Max(1, (int)Math.Ceiling(busy.RetryAfter.TotalSeconds));
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        httpContext.Response.Headers.CacheControl = "no-store";
        if (httpContext.Request.Path.StartsWithSegments("/api"))
        {
            await httpContext.Response.WriteAsJsonAsync(
                new { type = "https://tools.ietf.org/html/rfc9110#section-15.6.4", title = "Too many images are being processed.", status = 503, detail = $"Try again in {seconds} seconds." },
                (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }
        else
        {
            httpContext.Response.ContentType = "text/plain; charset=utf-8";
            await httpContext.Response.WriteAsync($"Too many images are being processed. Try again in {seconds} seconds.", cancellationToken);
        }

        return true;
    }
}
