namespace Store.Orders.Shipments;

/// <summary>An order line on the ship form: how many were ordered and how many are shipped already.</summary>
public sealed record ShippableLine(int LineId, string ProductName, string Options, string Sku, int Ordered, int Shipped)
{
    public int Left => Ordered - Shipped;
}
