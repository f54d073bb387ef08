namespace Store.Promotions.Coupons;

/// <summary>One customer's count of uses of one coupon: the row the per-customer limit's conditional update guards.</summary>
internal sealed class CouponCustomerUse
{
    public int CouponId { get; set; }

    public required string UserId { get; set; }

    public int Used { get; set; }
}
