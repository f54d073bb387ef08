using Store.Tests.Orders;

namespace Store.Tests.Taxes;

/// <summary>A shop of its own for the tax tests: they change the shop-wide tax settings.</summary>
public sealed class TaxShopAppFactory : ShopAppFactory;
