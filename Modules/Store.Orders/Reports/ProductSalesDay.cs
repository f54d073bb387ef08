namespace Store.Orders.Reports;

/// <summary>
/// The lines of the orders placed on one UTC day that are now sold (Paid, Shipped or Delivered), per product: the
/// best sellers' source (README, "Reports"). Kept by <see cref="SalesRollup"/> like <see cref="SalesHour"/>.
/// </summary>
internal sealed class ProductSalesDay
{
    public DateTime DayUtc { get; set; }

    public int ProductId { get; set; }

    /// <summary>The greatest name its lines carried (lines copy the name at checkout; a product may be renamed).</summary>
    public required string Name { get; set; }

    public int Units { get; set; }

    /// <summary>The lines' totals, in minor units.</summary>
    public long Revenue { get; set; }
}
