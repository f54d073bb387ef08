namespace Store.Orders.Admin;

/// <summary>One page of the filtered orders, with how many match in all.</summary>
public sealed record AdminOrderPage(IReadOnlyList<AdminOrderRow> Items, int Page, int PageSize, int Total)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
