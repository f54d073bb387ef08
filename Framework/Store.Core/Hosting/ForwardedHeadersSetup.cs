using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Store.Core.Hosting;

/// <summary>
/// The client's address and scheme behind a reverse proxy. ASP.NET Core trusts loopback by default; the shop
/// trusts only the proxies its settings name, so with none configured a client talking to a node directly
/// cannot pass for another address (rate limits and sign-in records key on it). docs/deploy.md tells what to set.
/// </summary>
internal static class ForwardedHeadersSetup
{
    /// <summary>Log category of one Debug line per request with the address the shop sees: set it to Debug to check a proxy setup.</summary>
    public const string ClientAddressCategory = "Store.ClientAddress";

    public static IServiceCollection AddStoreForwardedHeaders(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = ForwardedHeadersSettings.Read(configuration);
        services.AddSingleton(settings);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = settings.ForwardLimit;
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in settings.KnownProxies)
            {
                options.KnownProxies.Add(proxy);
                // Kestrel on a dual-stack socket reports an IPv4 peer as ::ffff:a.b.c.d.
                if (proxy.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
                {
                    options.KnownProxies.Add(proxy.MapToIPv6());
                }
            }

            foreach (var network in settings.KnownNetworks)
            {
                options.KnownIPNetworks.Add(network);
            }
        });
        return services;
    }

    public static IApplicationBuilder UseStoreForwardedHeaders(this IApplicationBuilder app)
    {
        if (app.ApplicationServices.GetRequiredService<ForwardedHeadersSettings>().TrustsAnyProxy)
        {
            app.UseForwardedHeaders();
        }

        var log = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger(ClientAddressCategory);
        return app.Use((http, next) =>
        {
            if (log.IsEnabled(LogLevel.Debug))
            {
                // The path only: query strings can carry single-use tokens.
                log.LogDebug("{Method} {Path} from {ClientAddress} over {Scheme}", http.Request.Method, http.Request.Path, ClientAddress(http.Connection.RemoteIpAddress), http.Request.Scheme);
            }

            return next(http);
        });
    }

    private static string ClientAddress(IPAddress? address) =>
        address is null ? "(unknown)" : (address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address).ToString();
}
