namespace Store.Orders.Contracts;

/// <summary>Where an order stands; the allowed moves between them are the one table in <c>Workflow/OrderWorkflow.cs</c>.</summary>
public enum OrderStatus
{
    Pending,
    Paid,
    Shipped,
    Delivered,
    Cancelled,
    Expired,
    Refunded,
}
