namespace Store.Promotions.Contracts;

/// <summary>
/// What one line is given: the unit price after automatic promotions (<see cref="SaleUnitPrice"/>, equal to the
/// unit price when none applies), the promotions' part (<c>(unit - sale) * quantity</c>) and the coupon's part.
/// </summary>
public sealed record LineDiscount(long SaleUnitPrice, long PromotionDiscount, long CouponDiscount)
{
    public long Total => PromotionDiscount + CouponDiscount;
}
