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

    /// <summary>Quantity times unit price, before discounts.</summary>
    public long LineTotal { get; set; }

    /// <summary>What promotions and the coupon took off this line (minor units); tax is on <c>LineTotal - Discount</c>.</summary>
    public long Discount { get; set; }

    /// <summary>The tax rate applied to this line, in percent (20 for 20 %); 0 where no tax applies.</summary>
    public decimal TaxRate { get; set; }

    /// <summary>
    /// Tax on this line in minor units, rounded per line: contained in <see cref="LineTotal"/> when the order's
    /// prices include tax, added on top of it when they do not (see <see cref="Order.PricesIncludeTax"/>).
    /// </summary>
    public long TaxAmount { get; set; }
}
