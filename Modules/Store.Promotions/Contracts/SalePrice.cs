namespace Store.Promotions.Contracts;

/// <summary>A product's price during a promotion: the percentage and the promotion's name, for lists and product pages.</summary>
public sealed record SalePrice(decimal Percent, string Name)
{
    /// <summary>The unit price after the promotion, rounded half away from zero to the minor unit.</summary>
    public long Apply(long unitPrice) => Store.Catalog.Contracts.ISalePrices.Price(unitPrice, Percent);

    /// <summary>The same in <paramref name="currency"/>, to what can be charged in it.</summary>
    public long Apply(long unitPrice, string currency) => Store.Catalog.Contracts.ISalePrices.Price(unitPrice, Percent, currency);
}
