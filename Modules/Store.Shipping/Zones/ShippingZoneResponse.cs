namespace Store.Shipping.Zones;

/// <summary>A zone in the API: its places and methods.</summary>
public sealed record ShippingZoneResponse(int Id, string Name, IReadOnlyList<string> Places, int Position, IReadOnlyList<ShippingMethodResponse> Methods);
