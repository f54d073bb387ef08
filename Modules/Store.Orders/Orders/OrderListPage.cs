namespace Store.Orders.Orders;

/// <summary>One page of the shopper's orders, newest first.</summary>
public sealed record OrderListPage(IReadOnlyList<OrderSummary> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
