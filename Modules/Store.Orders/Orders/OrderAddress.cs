namespace Store.Orders.Orders;

/// <summary>The shipping address as it was when the order was placed (a later edit of the address book does not change it).</summary>
internal sealed class OrderAddress
{
    public required string FullName { get; set; }

    public required string Line1 { get; set; }

    public string? Line2 { get; set; }

    public required string City { get; set; }

    public string? Region { get; set; }

    public required string PostalCode { get; set; }

    public required string Country { get; set; }

    public string? Phone { get; set; }

    /// <summary>A separate copy for another order (an owned row belongs to one order).</summary>
    public OrderAddress Copy() => (OrderAddress)MemberwiseClone();
}
