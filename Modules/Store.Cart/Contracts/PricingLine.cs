namespace Store.Cart.Contracts;

/// <summary>A line to price: the product (promotions and coupons name products and categories), the variant's unit price (minor units), quantity, tax category code (null: default) and unit weight.</summary>
public sealed record PricingLine(int ProductId, long UnitPrice, int Quantity, string? TaxCategory, int WeightGrams)
{
    /// <summary>The variant's prices fixed in selling currencies (price lists): in one of them, the fixed price is the unit price.</summary>
    public IReadOnlyList<Store.Currencies.Contracts.FixedPrice> FixedPrices { get; init; } = [];

    public long LineTotal => checked(UnitPrice * Quantity);
}
