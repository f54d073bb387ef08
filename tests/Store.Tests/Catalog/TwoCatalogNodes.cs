using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Two catalog nodes: node A is set up and seeded with <c>catalog-fixture.json</c>, node B starts on the same database.</summary>
public sealed class TwoCatalogNodes() : TwoShopNodes<CatalogAppFactory>(new CatalogAppFactory())
{
    protected override CatalogAppFactory OtherNode(TestDatabase database) => new Other(database);

    private sealed class Other(TestDatabase database) : CatalogAppFactory(database);
}
