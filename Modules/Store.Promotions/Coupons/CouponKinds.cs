namespace Store.Promotions.Coupons;

/// <summary>The kinds' names on the API, in the admin and in recipes.</summary>
internal static class CouponKinds
{
    public static readonly IReadOnlyList<(CouponKind Kind, string Name, string Label)> All =
    [
        (CouponKind.Percentage, "percentage", "Percentage off"),
        (CouponKind.FixedAmount, "fixed_amount", "Fixed amount off"),
        (CouponKind.FreeShipping, "free_shipping", "Free shipping"),
    ];

    public static string NameOf(CouponKind kind) => All.First(k => k.Kind == kind).Name;

    public static CouponKind? Parse(string? name) =>
        All.Where(k => string.Equals(k.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase)).Select(k => (CouponKind?)k.Kind).FirstOrDefault();
}
