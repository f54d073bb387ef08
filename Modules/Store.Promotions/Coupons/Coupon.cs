namespace Store.Promotions.Coupons;

/// <summary>
/// A code shoppers enter in the cart. <see cref="Used"/> counts the orders holding a use (given back when one is
/// cancelled or expires); it only changes through <see cref="CouponLedger"/>'s conditional updates.
/// </summary>
public sealed class Coupon
{
    public const int CodeMaxLength = 32;
    public const int DescriptionMaxLength = 200;

    public int Id { get; set; }

    /// <summary>Upper case, unique: shoppers may type it in any case.</summary>
    public required string Code { get; set; }

    public required string Description { get; set; }

    public CouponKind Kind { get; set; }

    /// <summary>Percent off (1 to 100) for <see cref="CouponKind.Percentage"/>; 0 otherwise.</summary>
    public decimal Percent { get; set; }

    /// <summary>Minor units off for <see cref="CouponKind.FixedAmount"/>; 0 otherwise.</summary>
    public long Amount { get; set; }

    /// <summary>The cart's subtotal after promotions must reach this (minor units); 0: no minimum.</summary>
    public long MinimumSubtotal { get; set; }

    public DateTime? StartsUtc { get; set; }

    public DateTime? EndsUtc { get; set; }

    /// <summary>Orders that may use it in all; null: no limit.</summary>
    public int? UsageLimit { get; set; }

    /// <summary>Orders one customer may use it on; null: no limit.</summary>
    public int? PerCustomerLimit { get; set; }

    public int Used { get; set; }

    public bool Active { get; set; } = true;

    /// <summary>The categories (and their subcategories) it applies to; with <see cref="ProductIds"/> both empty, the whole order.</summary>
    public List<int> CategoryIds { get; set; } = [];

    public List<int> ProductIds { get; set; } = [];

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public bool AppliesToAll => CategoryIds.Count == 0 && ProductIds.Count == 0;
}
