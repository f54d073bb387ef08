namespace Store.Promotions.Coupons;

/// <summary>A coupon on the API: <see cref="Used"/> is the orders holding a use now (cancelled and expired ones gave theirs back).</summary>
public sealed record CouponResponse(
    int Id,
    string Code,
    string Description,
    string Kind,
    decimal Percent,
    long Amount,
    long MinimumSubtotal,
    DateTime? StartsUtc,
    DateTime? EndsUtc,
    int? UsageLimit,
    int? PerCustomerLimit,
    int Used,
    bool Active,
    IReadOnlyList<string> Categories,
    IReadOnlyList<string> Products);
