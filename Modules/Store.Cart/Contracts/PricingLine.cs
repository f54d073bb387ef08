namespace Store.Cart.Contracts;

/// <summary>A line to price: the product (promotions and coupons name products and categories), the variant's unit price (minor units), quantity, tax category code (null: default) and unit weight.</summary>
public sealed record PricingLine(int ProductId, long UnitPrice, int Quantity, string? TaxCategory, int WeightGrams)
{
    public long LineTotal => checked(UnitPrice * Quantity);
}
