using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Store.Bench.Load;

/// <summary>
/// The machine's ceiling: a bare Kestrel server answering <c>GET /{size}</c> (and POST) with that many bytes of HTML
/// from memory. Measured next to each scenario with a body of the page's size, so a ratio says how much of what
/// this machine can serve at all the shop serves, and figures from different machines compare.
/// </summary>
internal sealed class Ceiling(WebApplication app) : IAsyncDisposable
{
    public static async Task<Ceiling> StartAsync(string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(url);
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var bodies = new ConcurrentDictionary<int, byte[]>();
        app.Map("/{size:int}", (int size, HttpContext http) =>
        {
            var body = bodies.GetOrAdd(size, s => Enumerable.Repeat((byte)'x', s).ToArray());
            http.Response.ContentType = "text/html; charset=utf-8";
            http.Response.ContentLength = body.Length;
            return http.Response.Body.WriteAsync(body).AsTask();
        });
        await app.StartAsync();
        return new Ceiling(app);
    }

    public ValueTask DisposeAsync() => app.DisposeAsync();
}
