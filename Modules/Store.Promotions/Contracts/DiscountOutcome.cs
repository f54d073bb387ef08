namespace Store.Promotions.Contracts;

/// <summary>
/// The discounts for a <see cref="DiscountRequest"/>: one <see cref="LineDiscount"/> per line (same order), the named
/// adjustments (promotions, then the coupon; a free-shipping coupon's line is added by the pricing once shipping
/// is known), the coupon when it applies, and when a code was given but does not apply, why (<see cref="Refusal"/>,
/// a sentence for the shopper).
/// </summary>
public sealed record DiscountOutcome(IReadOnlyList<LineDiscount> Lines, IReadOnlyList<DiscountAdjustment> Adjustments, AppliedCoupon? Coupon, string? Refusal)
{
    public static DiscountOutcome None(IReadOnlyList<DiscountableLine> lines) =>
        new(lines.Select(l => new LineDiscount(l.UnitPrice, 0, 0)).ToList(), [], null, null);
}
