namespace Store.Orders.Returns;

/// <summary>Where a return stands: requested by the customer, then approved or rejected by staff, received back, refunded.</summary>
public enum ReturnStatus
{
    Requested,
    Approved,
    Rejected,
    Received,
    Refunded,
}
