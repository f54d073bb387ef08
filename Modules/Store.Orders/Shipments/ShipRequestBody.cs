namespace Store.Orders.Shipments;

/// <summary>
/// <c>POST /api/v1/admin/orders/{number}/shipments</c> (with an <c>Idempotency-Key</c> header):
/// <c>{ "lines": [{ "lineId": 12, "quantity": 1 }], "carrier": "UPS", "trackingNumber": "1Z…", "trackingUrl": null }</c>.
/// </summary>
public sealed record ShipRequestBody(IReadOnlyList<ShipLineBody>? Lines, string? Carrier, string? TrackingNumber, string? TrackingUrl);

/// <summary>A line of the order (its <c>lineId</c> from the shipments list's <c>lines</c>) and the units to ship.</summary>
public sealed record ShipLineBody(int LineId, int Quantity);
