namespace Store.Orders.Shipments;

/// <summary>
/// A shipment to make: <see cref="Lines"/> maps an order line's id to the units it ships (lines left out ship
/// nothing); <see cref="TrackingUrl"/> empty takes the carrier's template. <see cref="Key"/> is the ship form's
/// token or the API's <c>Idempotency-Key</c>.
/// </summary>
public sealed record ShipmentRequest(IReadOnlyDictionary<int, int> Lines, string? Carrier, string? TrackingNumber, string? TrackingUrl, string? Key);
