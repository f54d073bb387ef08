namespace Store.Orders.Shipments;

/// <summary>An order's shipments and, per line, what is ordered and already shipped (the API's view of the ship form).</summary>
public sealed record ShipmentsResponse(string Number, string Status, IReadOnlyList<ShippableLine> Lines, IReadOnlyList<ShipmentView> Shipments);
