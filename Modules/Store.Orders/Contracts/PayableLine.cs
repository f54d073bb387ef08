namespace Store.Orders.Contracts;

/// <summary>
/// One line of a <see cref="PayableOrder"/>: the name the shopper saw (with its options), unit price, quantity, and
/// what promotions and the coupon took off the line (<see cref="Discount"/>); <see cref="Charged"/> is what is paid for it.
/// </summary>
public sealed record PayableLine(string Name, string Options, long UnitPrice, int Quantity, long Discount = 0)
{
    public long Charged => (UnitPrice * Quantity) - Discount;
}
