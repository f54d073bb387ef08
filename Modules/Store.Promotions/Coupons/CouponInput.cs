namespace Store.Promotions.Coupons;

/// <summary>
/// A coupon as the admin, the API and the recipe give it. <see cref="Kind"/>: <c>percentage</c> (uses
/// <see cref="Percent"/>), <c>fixed_amount</c> (<see cref="Amount"/>, minor units of the shop's currency) or
/// <c>free_shipping</c>. Amounts are minor units; dates UTC; <see cref="Categories"/> and <see cref="Products"/>
/// are slugs (both empty: the whole order).
/// </summary>
public sealed record CouponInput(
    string? Code,
    string? Description,
    string? Kind,
    decimal? Percent = null,
    long? Amount = null,
    long? MinimumSubtotal = null,
    DateTime? StartsUtc = null,
    DateTime? EndsUtc = null,
    int? UsageLimit = null,
    int? PerCustomerLimit = null,
    bool Active = true,
    IReadOnlyList<string>? Categories = null,
    IReadOnlyList<string>? Products = null);
