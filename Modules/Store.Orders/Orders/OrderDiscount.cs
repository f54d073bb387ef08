namespace Store.Orders.Orders;

/// <summary>
/// A discount the order was given, copied at checkout as the cart showed it: <c>promotion</c>, <c>coupon</c> or
/// <c>shipping</c> (a free-shipping code), the code (null for a promotion), the description and the amount taken off
/// (positive minor units). Each line's share is on <see cref="OrderLine.Discount"/>.
/// </summary>
internal sealed class OrderDiscount
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public required string Kind { get; set; }

    public string? Code { get; set; }

    public required string Description { get; set; }

    public long Amount { get; set; }
}
