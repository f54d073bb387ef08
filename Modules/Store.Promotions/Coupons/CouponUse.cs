namespace Store.Promotions.Coupons;

/// <summary>One order's use of a coupon in the usage report; <see cref="ReleasedUtc"/> set when it was given back.</summary>
public sealed record CouponUse(string OrderNumber, long Discount, DateTime RedeemedUtc, DateTime? ReleasedUtc);
