namespace Store.Orders.Emails;

/// <summary>What <c>Email/OrderShipment</c> sees: one shipment of an order, and whether it completes the order.</summary>
public sealed record ShipmentEmail(string Number, string Name, string Url, int Sequence, string Carrier, string TrackingNumber, string? TrackingUrl, IReadOnlyList<OrderEmailLine> Lines, bool Complete);
