using Store.Orders.Contracts;

namespace Store.Orders.Reports;

/// <summary>
/// The orders placed in one UTC hour that now stand at <see cref="Status"/>, summed (README, "Reports"): kept by
/// <see cref="SalesRollup"/> in the transaction of every change that moves an order's figures, so a report reads
/// at most 24 x 7 rows a day whatever the number of orders. UTC hours, not shop days: the time zone setting may change.
/// </summary>
internal sealed class SalesHour
{
    public DateTime HourUtc { get; set; }

    public OrderStatus Status { get; set; }

    public int Orders { get; set; }

    /// <summary>The orders' totals, in minor units.</summary>
    public long Total { get; set; }

    /// <summary>The orders' totals less what was refunded of them.</summary>
    public long Revenue { get; set; }

    /// <summary>How many of them had the money taken at some point (<c>PaymentStates.WasPaid</c>).</summary>
    public int PaidOrders { get; set; }
}
