namespace Store.Shipping.Zones;

/// <summary>
/// A zone as staff send it (admin form, API, recipe): its places (<c>FR</c>, <c>US-CA</c>, <c>*</c>) and the
/// whole list of its methods (a method sent with its <c>id</c> is kept, one left out is deleted).
/// </summary>
public sealed record ShippingZoneInput(string? Name, IReadOnlyList<string>? Places, int Position, IReadOnlyList<ShippingMethodInput>? Methods);
