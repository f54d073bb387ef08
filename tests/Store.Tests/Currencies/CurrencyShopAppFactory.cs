using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>A shop of its own for the currency tests: they add shop-wide selling currencies and rates.</summary>
public sealed class CurrencyShopAppFactory : ShopAppFactory;
