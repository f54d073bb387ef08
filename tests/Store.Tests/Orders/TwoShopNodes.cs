using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>Two web nodes of one shop on one database, each with its own order-status poller and background jobs.</summary>
public sealed class TwoShopNodes : IAsyncLifetime
{
    public ShopAppFactory A { get; } = new();

    public ShopAppFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = new OtherNode(A.Database);
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        // B first: disposing A drops the database B is still connected to.
        foreach (var node in new[] { B, A })
        {
            if (node is not null)
            {
                await ((IAsyncLifetime)node).DisposeAsync();
                await node.DisposeAsync();
            }
        }
    }

    private sealed class OtherNode(TestDatabase database) : ShopAppFactory(database);
}
