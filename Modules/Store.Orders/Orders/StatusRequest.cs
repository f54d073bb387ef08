namespace Store.Orders.Orders;

/// <summary><c>POST /api/v1/admin/orders/{number}/status</c>: the status to move to (<c>Paid</c>, <c>Shipped</c>, …) and a note for the history.</summary>
public sealed record StatusRequest(string? Status, string? Note);
