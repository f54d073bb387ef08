using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Model;
using Yarp.ReverseProxy.Transforms;

namespace Store.Tests.Deployment;

/// <summary>
/// The reverse proxy of docker-compose.yml (Caddy there), as YARP in the test: round robin over the nodes,
/// connecting to them from <see cref="LoopbackAddress.Proxy"/>, setting X-Forwarded-For to the client's address
/// (whatever the client sent) and X-Forwarded-Proto to the scheme, keeping the Host header. For the test only:
/// <c>X-Test-Node: a|b</c> pins a request to one node, <c>X-Test-Tls</c> makes the proxy say it came over https,
/// and each answer says which node served it in <c>X-Served-By</c>.
/// </summary>
public sealed class TestProxy : IAsyncDisposable
{
    public const string PinHeader = "X-Test-Node";
    public const string ServedByHeader = "X-Served-By";
    public const string TlsHeader = "X-Test-Tls";

    private readonly WebApplication _app;

    private TestProxy(WebApplication app, string url) => (_app, Url) = (app, url);

    public string Url { get; }

    public static async Task<TestProxy> StartAsync(IReadOnlyDictionary<string, string> nodes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var destinations = nodes.ToDictionary(n => n.Key, n => new DestinationConfig { Address = n.Value });
        var clusters = destinations.Select(d => new ClusterConfig { ClusterId = d.Key, Destinations = new Dictionary<string, DestinationConfig> { [d.Key] = d.Value } })
            .Append(new ClusterConfig { ClusterId = "all", LoadBalancingPolicy = "RoundRobin", Destinations = destinations })
            .ToList();
        var routes = nodes.Keys.Select(id => new RouteConfig
        {
            RouteId = "pinned-" + id,
            ClusterId = id,
            Order = 0,
            Match = new RouteMatch { Path = "{**rest}", Headers = [new RouteHeader { Name = PinHeader, Values = [id], Mode = HeaderMatchMode.ExactHeader }] },
        }).Append(new RouteConfig { RouteId = "all", ClusterId = "all", Order = 1, Match = new RouteMatch { Path = "{**rest}" } }).ToList();

        builder.Services.AddReverseProxy()
            .LoadFromMemory(routes, clusters)
            .ConfigureHttpClient((_, handler) => LoopbackAddress.From(LoopbackAddress.Proxy, handler))
            .AddTransforms(context =>
            {
                context.AddOriginalHost(true);
                context.UseDefaultForwarders = false;
                context.AddRequestTransform(Forward);
                context.AddResponseTransform(served =>
                {
                    served.HttpContext.Response.Headers[ServedByHeader] = served.HttpContext.GetReverseProxyFeature().ProxiedDestination?.DestinationId;
                    return ValueTask.CompletedTask;
                });
            });

        var app = builder.Build();
        app.MapReverseProxy();
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestProxy(app, url);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    // What Caddy does: what the client claimed is dropped; the proxy says who connected and how.
    private static ValueTask Forward(RequestTransformContext context)
    {
        var headers = context.ProxyRequest.Headers;
        foreach (var name in new[] { "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "Forwarded", PinHeader, TlsHeader })
        {
            headers.Remove(name);
        }

        var http = context.HttpContext;
        headers.TryAddWithoutValidation("X-Forwarded-For", http.Connection.RemoteIpAddress!.ToString());
        headers.TryAddWithoutValidation("X-Forwarded-Proto", http.Request.Headers.ContainsKey(TlsHeader) ? "https" : http.Request.Scheme);
        return ValueTask.CompletedTask;
    }
}
