using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// Two web nodes of one shop on one database, the way ops run it behind a load balancer: node A is set up
/// and seeded with <c>catalog-fixture.json</c>, node B starts on the same database with its own product
/// index, caches and clock.
/// </summary>
public sealed class TwoCatalogNodes : IAsyncLifetime
{
    public CatalogAppFactory A { get; } = new();

    public CatalogAppFactory B { get; private set; } = null!;

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

    private sealed class OtherNode(TestDatabase database) : CatalogAppFactory(database);
}
