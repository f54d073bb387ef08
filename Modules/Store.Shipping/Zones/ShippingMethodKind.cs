namespace Store.Shipping.Zones;

/// <summary>How a method is priced: one price, or bands of the order's total or of its weight.</summary>
public enum ShippingMethodKind
{
    Flat,
    ByTotal,
    ByWeight,
}
