namespace Store.Orders.Returns;

/// <summary>Where a return stands: requested by the customer, then approved or rejected by staff, received back, then refunded, or (an exchange) replaced by a new order at no charge.</summary>
public enum ReturnStatus
{
    Requested,
    Approved,
    Rejected,
    Received,
    Refunded,
    Replaced,
}
