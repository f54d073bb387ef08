namespace Store.Promotions.Contracts;

/// <summary>A cart or order line to discount: the product, its unit price (minor units) and quantity.</summary>
public sealed record DiscountableLine(int ProductId, long UnitPrice, int Quantity);
