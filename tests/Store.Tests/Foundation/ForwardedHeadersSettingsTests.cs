using System.Net;
using Microsoft.Extensions.Configuration;
using Store.Core.Hosting;

namespace Store.Tests.Foundation;

public sealed class ForwardedHeadersSettingsTests
{
    private static ForwardedHeadersSettings Read(params (string Key, string Value)[] settings) =>
        ForwardedHeadersSettings.Read(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Nothing_configured_trusts_no_proxy_not_even_loopback()
    {
        var settings = Read();
        Assert.False(settings.TrustsAnyProxy);
        Assert.Empty(settings.KnownProxies);
        Assert.Empty(settings.KnownNetworks);
        Assert.Equal(1, settings.ForwardLimit);
    }

    [Fact]
    public void Proxies_and_networks_come_as_arrays_or_as_one_comma_separated_env_var()
    {
        var settings = Read(
            ("ForwardedHeaders:KnownProxies", "172.28.0.10, 172.28.0.11"),
            ("ForwardedHeaders:KnownNetworks:0", "10.0.0.0/8"),
            ("ForwardedHeaders:KnownNetworks:1", "fd00::/8"));

        Assert.Equal([IPAddress.Parse("172.28.0.10"), IPAddress.Parse("172.28.0.11")], settings.KnownProxies);
        Assert.Equal([IPNetwork.Parse("10.0.0.0/8"), IPNetwork.Parse("fd00::/8")], settings.KnownNetworks);
        Assert.True(settings.TrustsAnyProxy);
    }

    [Theory]
    [InlineData("ForwardedHeaders:KnownProxies", "proxy.local", "'proxy.local' is not an IP address")]
    [InlineData("ForwardedHeaders:KnownNetworks", "10.0.0.0", "'10.0.0.0' is not a network such as 10.0.0.0/8")]
    [InlineData("ForwardedHeaders:ForwardLimit", "0", "ForwardLimit must be 1 or more")]
    public void A_wrong_value_stops_the_start_and_says_which_setting(string key, string value, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Read((key, value)));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
