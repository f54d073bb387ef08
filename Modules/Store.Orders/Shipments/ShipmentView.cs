namespace Store.Orders.Shipments;

/// <summary>A shipment as the customer, staff and the API see it; <see cref="Sequence"/> is its number within the order.</summary>
public sealed record ShipmentView(int Sequence, string Carrier, string TrackingNumber, string? TrackingUrl, DateTime ShippedUtc, DateTime? DeliveredUtc, IReadOnlyList<ShipmentLineView> Lines);

/// <summary>One order line's units in a shipment.</summary>
public sealed record ShipmentLineView(int OrderLineId, string ProductName, string Options, string Sku, int Quantity);
