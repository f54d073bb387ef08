namespace Store.Shipping.Zones;

/// <summary>
/// A method as staff send it; <see cref="Kind"/> is <c>flat</c> (the default), <c>total</c> or <c>weight</c>; amounts are minor units and weights grams. <see cref="Price"/> for a flat method,
/// <see cref="Bands"/> for the others; <see cref="FreeFrom"/> null never ships free.
/// </summary>
public sealed record ShippingMethodInput(int? Id, string? Name, string? Kind, long? Price, IReadOnlyList<ShippingBand>? Bands, long? FreeFrom);
