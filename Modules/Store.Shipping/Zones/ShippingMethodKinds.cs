namespace Store.Shipping.Zones;

/// <summary>The kinds as the API, recipes and the admin name them: <c>flat</c>, <c>total</c>, <c>weight</c>.</summary>
internal static class ShippingMethodKinds
{
    public static string NameOf(ShippingMethodKind kind) => kind switch
    {
        ShippingMethodKind.ByTotal => "total",
        ShippingMethodKind.ByWeight => "weight",
        _ => "flat",
    };

    public static ShippingMethodKind? Parse(string? name) => (name?.Trim().ToLowerInvariant() ?? "flat") switch
    {
        "" or "flat" => ShippingMethodKind.Flat,
        "total" => ShippingMethodKind.ByTotal,
        "weight" => ShippingMethodKind.ByWeight,
        _ => null,
    };
}
