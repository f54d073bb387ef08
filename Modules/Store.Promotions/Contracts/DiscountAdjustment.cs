namespace Store.Promotions.Contracts;

/// <summary>
/// A named discount line as the cart, the order and its documents show it: <see cref="Kind"/> is
/// <c>promotion</c>, <c>coupon</c> or <c>shipping</c> (a free-shipping code), <see cref="Code"/> the coupon's
/// code (null for a promotion), <see cref="Amount"/> positive minor units taken off.
/// </summary>
public sealed record DiscountAdjustment(string Kind, string? Code, string Description, long Amount)
{
    public const string Promotion = "promotion";
    public const string Coupon = "coupon";
    public const string Shipping = "shipping";
}
