namespace Store.Orders.Orders;

/// <summary>One variant of an order, with everything the shopper saw copied in.</summary>
internal sealed class OrderLine
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public int ProductId { get; set; }

    public int VariantId { get; set; }

    public required string ProductName { get; set; }

    /// <summary>The option values, e.g. "Colour: Red, Size: M"; empty for a product with one variant.</summary>
    public required string Options { get; set; }

    public required string Sku { get; set; }

    public long UnitPrice { get; set; }

    public int Quantity { get; set; }

    public long LineTotal { get; set; }
}
