namespace Store.Promotions.Coupons;

/// <summary>
/// The usage report of one coupon: orders holding a use and the discount they were given, uses given back
/// (cancelled or expired orders), and each use, newest first.
/// </summary>
public sealed record CouponUsage(string Code, int Orders, long DiscountGiven, int GivenBack, int? UsageLimit, IReadOnlyList<CouponUse> Uses);
