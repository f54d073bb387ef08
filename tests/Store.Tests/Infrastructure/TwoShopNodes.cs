namespace Store.Tests.Infrastructure;

/// <summary>
/// Two web nodes of one shop on one database, the way ops run it behind a load balancer: node A owns (sets
/// up) the database, node B starts on it with its own caches, indexes and clock.
/// </summary>
public abstract class TwoShopNodes<TFactory>(TFactory first) : IAsyncLifetime
    where TFactory : StoreAppFactory
{
    public TFactory A { get; } = first;

    public TFactory B { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await A.InitializeAsync();
        B = OtherNode(A.Database);
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

    /// <summary>Another node of <typeparamref name="TFactory"/>'s kind on <paramref name="database"/>.</summary>
    protected abstract TFactory OtherNode(TestDatabase database);
}
