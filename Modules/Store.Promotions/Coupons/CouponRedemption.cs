namespace Store.Promotions.Coupons;

/// <summary>A use of a coupon by one order: what the usage report lists. <see cref="ReleasedUtc"/> is set once when the use is given back.</summary>
internal sealed class CouponRedemption
{
    public int Id { get; set; }

    public int CouponId { get; set; }

    /// <summary>The order's row id in the Orders module (not a foreign key: modules do not share tables).</summary>
    public int OrderId { get; set; }

    /// <summary>The order's number as people see it, copied for the usage report.</summary>
    public required string OrderNumber { get; set; }

    public required string UserId { get; set; }

    /// <summary>Minor units the coupon took off the order (its lines and, for free shipping, the shipping).</summary>
    public long Discount { get; set; }

    public DateTime RedeemedUtc { get; set; }

    public DateTime? ReleasedUtc { get; set; }
}
