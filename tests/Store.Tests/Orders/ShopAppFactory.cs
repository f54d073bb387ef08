using Store.Tests.Catalog;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>A shop with an empty catalog; each test makes the products it buys (<see cref="Shop.ProductAsync"/>).</summary>
public class ShopAppFactory : CatalogAppFactory
{
    public ShopAppFactory()
        : this(sharedDatabase: null)
    {
    }

    protected ShopAppFactory(TestDatabase? sharedDatabase)
        : base(sharedDatabase)
    {
    }

    protected override string? Fixture => null;
}
