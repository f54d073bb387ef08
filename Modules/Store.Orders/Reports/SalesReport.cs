using Store.Catalog.Contracts;

namespace Store.Orders.Reports;

/// <summary>
/// The shop's sales over a range of its local days (README, "Reports"): money in minor units of
/// <see cref="Currency"/>, <see cref="Conversion"/> a fraction from 0 to 1.
/// </summary>
public sealed record SalesReport(
    DateOnly From,
    DateOnly To,
    string Currency,
    string TimeZone,
    IReadOnlyList<SalesDay> Days,
    long Revenue,
    int SalesOrders,
    long AverageOrderValue,
    int PlacedOrders,
    int PaidOrders,
    double Conversion,
    IReadOnlyList<StatusFigure> ByStatus,
    IReadOnlyList<BestSeller> BestSellersByUnits,
    IReadOnlyList<BestSeller> BestSellersByRevenue,
    int LowStockThreshold,
    IReadOnlyList<LowStockVariant> LowStock);

/// <summary>One local day: orders sold (paid, shipped or delivered) and their revenue less refunds.</summary>
public sealed record SalesDay(DateOnly Date, int Orders, long Revenue);

/// <summary>Orders placed in the range that now stand at <see cref="Status"/>, and their totals.</summary>
public sealed record StatusFigure(string Status, int Orders, long Total);

/// <summary>A product by the units sold and the revenue of its lines in the range.</summary>
public sealed record BestSeller(int ProductId, string Name, int Units, long Revenue);
