namespace Store.Shipping.Zones;

/// <summary>A method in the API; amounts are minor units, band starts of a <c>weight</c> method are grams.</summary>
public sealed record ShippingMethodResponse(int Id, string Name, string Kind, long Price, IReadOnlyList<ShippingBand> Bands, long? FreeFrom);
