using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Wishlist;

/// <summary>Two web nodes of a shop with an empty catalog on one database: alerts must notice stock changed on the other node.</summary>
public sealed class WishlistNodes() : TwoShopNodes<ShopAppFactory>(new ShopAppFactory())
{
    protected override ShopAppFactory OtherNode(TestDatabase database) => new Other(database);

    private sealed class Other(TestDatabase database) : ShopAppFactory(database);
}
