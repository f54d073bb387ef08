namespace Store.Orders.Shipments;

/// <summary>How many units of one order line a shipment holds.</summary>
internal sealed class ShipmentLine
{
    public int Id { get; set; }

    public int ShipmentId { get; set; }

    public int OrderLineId { get; set; }

    public int Quantity { get; set; }
}
