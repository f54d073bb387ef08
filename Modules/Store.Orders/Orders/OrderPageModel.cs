namespace Store.Orders.Orders;

/// <summary>The <c>Orders/Show</c> view's model: the order and what the last action did.</summary>
public sealed record OrderPageModel(OrderDetail Order, string? Notice, string? Error);
