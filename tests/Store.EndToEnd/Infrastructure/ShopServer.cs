using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Store.Tests.Infrastructure;

namespace Store.EndToEnd.Infrastructure;

/// <summary>The shop on a real Kestrel server on a free loopback port, on its own fresh database.</summary>
public class ShopServer : StoreAppFactory
{
    public ShopServer()
    {
        UseKestrel(0);
    }

    public string BaseUrl { get; private set; } = string.Empty;

    public override async Task InitializeAsync()
    {
        StartServer();
        await base.InitializeAsync();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Select(a => a.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal))
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));
    }
}

/// <summary>A shop that has not been set up yet: the first visitor meets the setup page.</summary>
public sealed class FreshShopServer : ShopServer
{
    protected override string? Recipe => null;
}
