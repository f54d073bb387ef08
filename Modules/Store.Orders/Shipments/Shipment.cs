namespace Store.Orders.Shipments;

/// <summary>
/// One parcel of an order: which lines and how many of each, the carrier and its tracking. An order is
/// <c>Shipped</c> once its shipments hold every unit, and <c>Delivered</c> once each of them is delivered.
/// </summary>
internal sealed class Shipment
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    /// <summary>1, 2, … within the order: what staff and the customer call it ("shipment 2").</summary>
    public int Sequence { get; set; }

    public required string Carrier { get; set; }

    public required string TrackingNumber { get; set; }

    /// <summary>An absolute http(s) address, from the carrier's template or as staff entered it; null when there is none.</summary>
    public string? TrackingUrl { get; set; }

    /// <summary>The ship form's token (or the API's <c>Idempotency-Key</c>): one shipment per key and order.</summary>
    public required string IdempotencyKey { get; set; }

    public required string By { get; set; }

    public DateTime ShippedUtc { get; set; }

    public DateTime? DeliveredUtc { get; set; }

    public List<ShipmentLine> Lines { get; set; } = [];
}
