using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Orders.Admin;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Reports;

/// <summary>
/// The dashboard's figures, each one aggregate query on the <c>(Status, PlacedUtc)</c> and <c>PlacedUtc</c>
/// indexes: nothing is read order by order. Days are the shop's (<see cref="ShopTime"/>): sales are summed per
/// UTC date and hour in SQL, and each hour is put on its local day here, which stays exact across daylight saving.
/// </summary>
public sealed class SalesReports(StoreDbContext db, ShopTime shopTime, ICatalogProducts catalog, SiteState site, OrdersOptions options)
{
    public const int MaxDays = 366;
    private const int Top = 10;

    public async Task<SalesReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = shopTime.StartUtc(from);
        var end = shopTime.StartUtc(to.AddDays(1));
        var placed = db.Set<Order>().AsNoTracking().Where(o => o.PlacedUtc >= start && o.PlacedUtc < end);
        var sold = placed.Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered);

        var hours = await sold.GroupBy(o => new { o.PlacedUtc.Date, o.PlacedUtc.Hour })
            .Select(g => new { g.Key.Date, g.Key.Hour, Orders = g.Count(), Revenue = g.Sum(o => o.Total - o.RefundedAmount) })
            .ToListAsync(cancellationToken);
        var byDay = hours
            .GroupBy(h => DateOnly.FromDateTime(shopTime.ToLocal(DateTime.SpecifyKind(h.Date.AddHours(h.Hour), DateTimeKind.Utc))))
            .ToDictionary(g => g.Key, g => (Orders: g.Sum(h => h.Orders), Revenue: g.Sum(h => h.Revenue)));
        var days = new List<SalesDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var figures = byDay.GetValueOrDefault(day);
            days.Add(new SalesDay(day, figures.Orders, figures.Revenue));
        }

        var byStatus = (await placed.GroupBy(o => o.Status).Select(g => new { Status = g.Key, Orders = g.Count(), Total = g.Sum(o => o.Total) }).ToListAsync(cancellationToken))
            .OrderBy(s => s.Status).Select(s => new StatusFigure(s.Status.ToString(), s.Orders, s.Total)).ToList();
        var placedCount = byStatus.Sum(s => s.Orders);
        var paidCount = await placed.CountAsync(PaymentStates.WasPaid, cancellationToken);
        var revenue = days.Sum(d => d.Revenue);
        var salesOrders = days.Sum(d => d.Orders);

        var lines = db.Set<OrderLine>().AsNoTracking().Join(sold, l => l.OrderId, o => o.Id, (l, o) => l)
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Name = g.Max(l => l.ProductName), Units = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.LineTotal) });
        var byUnits = await lines.OrderByDescending(l => l.Units).ThenBy(l => l.ProductId).Take(Top).ToListAsync(cancellationToken);
        var byRevenue = await lines.OrderByDescending(l => l.Revenue).ThenBy(l => l.ProductId).Take(Top).ToListAsync(cancellationToken);

        return new SalesReport(
            from, to, (await site.GetAsync(cancellationToken))?.Currency ?? "USD", shopTime.Zone.Id,
            days, revenue, salesOrders, salesOrders == 0 ? 0 : revenue / salesOrders,
            placedCount, paidCount, placedCount == 0 ? 0 : (double)paidCount / placedCount,
            byStatus,
            byUnits.Select(l => new BestSeller(l.ProductId, l.Name!, l.Units, l.Revenue)).ToList(),
            byRevenue.Select(l => new BestSeller(l.ProductId, l.Name!, l.Units, l.Revenue)).ToList(),
            options.LowStockThreshold,
            await catalog.GetLowStockAsync(options.LowStockThreshold, Top, cancellationToken));
    }

    /// <summary>Reads <c>from</c> and <c>to</c> (local days, both included); the last 30 days when absent.</summary>
    public (DateOnly From, DateOnly To, Dictionary<string, string[]> Errors) Range(string? fromText, string? toText)
    {
        var errors = new Dictionary<string, string[]>();
        var to = shopTime.Today();
        if (!string.IsNullOrWhiteSpace(toText) && !DateOnly.TryParseExact(toText.Trim(), "yyyy-MM-dd", out to))
        {
            errors["to"] = ["to is a date such as 2026-11-29."];
        }

        var from = to.AddDays(-29);
        if (!string.IsNullOrWhiteSpace(fromText) && !DateOnly.TryParseExact(fromText.Trim(), "yyyy-MM-dd", out from))
        {
            errors["from"] = ["from is a date such as 2026-11-01."];
        }

        if (errors.Count == 0 && from > to)
        {
            errors["to"] = ["to must not be before from."];
        }
        else if (errors.Count == 0 && to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors["from"] = [$"A report covers at most {MaxDays} days."];
        }

        return (from, to, errors);
    }
}
