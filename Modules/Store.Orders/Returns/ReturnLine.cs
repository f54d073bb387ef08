namespace Store.Orders.Returns;

/// <summary>Units of one order line in a return.</summary>
internal sealed class ReturnLine
{
    public int Id { get; set; }

    public int ReturnRequestId { get; set; }

    public int OrderLineId { get; set; }

    public int Quantity { get; set; }
}
