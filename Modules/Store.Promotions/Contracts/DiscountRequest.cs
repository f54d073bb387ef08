using Store.Currencies.Contracts;

namespace Store.Promotions.Contracts;

/// <summary>
/// What to discount: the lines, the code the shopper entered (null: none) and who they are (null: anonymous,
/// whose per-customer limit is checked when they sign in to check out).
/// </summary>
public sealed record DiscountRequest(IReadOnlyList<DiscountableLine> Lines, string? Code, string? UserId)
{
    /// <summary>The currency the lines are in: a fixed coupon and a minimum order (base amounts) are converted into it. Null: the base currency.</summary>
    public ShopperMoney? Money { get; init; }
}
