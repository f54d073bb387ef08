namespace Store.Orders.Admin;

/// <summary>
/// One page of the filtered orders, with how many match in all. When <see cref="TotalIsCapped"/>, more than
/// <see cref="Total"/> match (<c>Orders:AdminCountCap</c>): the list shows "10,000+" and pages on.
/// </summary>
public sealed record AdminOrderPage(IReadOnlyList<AdminOrderRow> Items, int Page, int PageSize, int Total)
{
    public bool TotalIsCapped { get; init; }

    /// <summary>Another page follows this one (known from the page's one extra row, capped count or not).</summary>
    public bool HasNext { get; init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}
