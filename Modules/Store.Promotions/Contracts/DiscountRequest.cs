namespace Store.Promotions.Contracts;

/// <summary>
/// What to discount: the lines, the code the shopper entered (null: none) and who they are (null: anonymous,
/// whose per-customer limit is checked when they sign in to check out).
/// </summary>
public sealed record DiscountRequest(IReadOnlyList<DiscountableLine> Lines, string? Code, string? UserId);
