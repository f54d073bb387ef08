using System.Net;
using Microsoft.Extensions.Configuration;

namespace Store.Core.Hosting;

/// <summary>
/// Bound from <c>ForwardedHeaders</c>: the reverse proxies whose <c>X-Forwarded-For</c> and
/// <c>X-Forwarded-Proto</c> the shop believes. Each list is an array (<c>KnownProxies:0</c>) or one
/// comma-separated value (<c>ForwardedHeaders__KnownProxies=10.0.0.5,10.0.0.6</c>), the easy form for env vars.
/// </summary>
public sealed class ForwardedHeadersSettings
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Addresses of the proxies in front of the shop, e.g. <c>172.28.0.10</c>.</summary>
    public IReadOnlyList<IPAddress> KnownProxies { get; init; } = [];

    /// <summary>Networks the proxies connect from when their addresses change, in CIDR form, e.g. <c>10.0.0.0/8</c>.</summary>
    public IReadOnlyList<IPNetwork> KnownNetworks { get; init; } = [];

    /// <summary>How many proxies in a row the shop walks back through; one proxy in front means 1.</summary>
    public int ForwardLimit { get; init; } = 1;

    public bool TrustsAnyProxy => KnownProxies.Count > 0 || KnownNetworks.Count > 0;

    public static ForwardedHeadersSettings Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var limit = section.GetValue(nameof(ForwardLimit), 1);
        if (limit < 1)
        {
            throw new InvalidOperationException($"{Section}:{nameof(ForwardLimit)} must be 1 or more, not {limit}.");
        }

        return new ForwardedHeadersSettings
        {
            KnownProxies = [.. List(section, nameof(KnownProxies)).Select(text => IPAddress.TryParse(text, out var address)
                ? address
                : throw new InvalidOperationException($"{Section}:{nameof(KnownProxies)}: '{text}' is not an IP address."))],
            KnownNetworks = [.. List(section, nameof(KnownNetworks)).Select(text => IPNetwork.TryParse(text, out var network)
                ? network
                : throw new InvalidOperationException($"{Section}:{nameof(KnownNetworks)}: '{text}' is not a network such as 10.0.0.0/8."))],
            ForwardLimit = limit,
        };
    }

    private static IEnumerable<string> List(IConfigurationSection section, string key)
    {
        var list = section.GetSection(key);
        var values = list.GetChildren().Select(c => c.Value).Append(list.Value);
        return values
            .SelectMany(v => (v ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase);
    }
}
