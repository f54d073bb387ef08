namespace Store.Cart.Contracts;

/// <summary>
/// A priced line: its total before discounts (as prices are shown), the discount on it (promotions and the coupon's
/// share, <see cref="Discount"/>; <see cref="SaleUnitPrice"/> is the unit price after promotions), the tax rate
/// (percent) and the tax in minor units on what is charged (<see cref="Charged"/>), rounded per line.
/// </summary>
public sealed record PricedLine(long LineTotal, decimal TaxRate, long TaxAmount, long Discount = 0, long SaleUnitPrice = 0)
{
    public long Charged => LineTotal - Discount;

    /// <summary>The unit price in the cart's currency (<see cref="PricedCart.Currency"/>), before sales.</summary>
    public long UnitPrice { get; init; }
}
