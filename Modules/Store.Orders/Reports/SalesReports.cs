using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Sites;
using Store.Orders.Admin;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Reports;

/// <summary>
/// The dashboard's figures, read from the rollup tables (<see cref="SalesHour"/>, <see cref="ProductSalesDay"/>) so a
/// year reads some thousands of rows instead of every order. Their UTC hours and days inside the range come from the
/// tables; the parts of an hour or a day the range cuts (half-hour zones; the UTC days at both ends for best
/// sellers) are summed straight from the orders, so the figures equal the direct queries'. Days are the shop's
/// (<see cref="ShopTime"/>): each UTC hour is put on its local day here, exact across daylight saving.
/// </summary>
public sealed class SalesReports(StoreDbContext db, ShopTime shopTime, ICatalogProducts catalog, SiteState site, OrdersOptions options, IStringLocalizer<SalesReports> localizer)
{
    public const int MaxDays = 366;
    private const int Top = 10;

    public async Task<SalesReport> BuildAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var start = shopTime.StartUtc(from);
        var end = shopTime.StartUtc(to.AddDays(1));
        var (soldHours, statuses) = await HoursAsync(start, end, cancellationToken);

        var byDay = soldHours.GroupBy(h => DateOnly.FromDateTime(shopTime.ToLocal(h.HourUtc)))
            .ToDictionary(g => g.Key, g => (Orders: g.Sum(h => h.Orders), Revenue: g.Sum(h => h.Revenue)));
        var days = new List<SalesDay>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            var figures = byDay.GetValueOrDefault(day);
            days.Add(new SalesDay(day, figures.Orders, figures.Revenue));
        }

        var byStatus = statuses.GroupBy(h => h.Status).Select(g => new { Status = g.Key, Orders = g.Sum(h => h.Orders), Total = g.Sum(h => h.Total) })
            .Where(s => s.Orders > 0).OrderBy(s => s.Status).Select(s => new StatusFigure(s.Status.ToString(), s.Orders, s.Total)).ToList();
        var placedCount = byStatus.Sum(s => s.Orders);
        var paidCount = statuses.Sum(h => h.PaidOrders);
        var revenue = days.Sum(d => d.Revenue);
        var salesOrders = days.Sum(d => d.Orders);

        var products = await ProductsAsync(start, end, cancellationToken);
        var byUnits = products.OrderByDescending(l => l.Units).ThenBy(l => l.ProductId).Take(Top).ToList();
        var byRevenue = products.OrderByDescending(l => l.Revenue).ThenBy(l => l.ProductId).Take(Top).ToList();

        return new SalesReport(
            from, to, (await site.GetAsync(cancellationToken))?.Currency ?? "USD", shopTime.Zone.Id,
            days, revenue, salesOrders, salesOrders == 0 ? 0 : revenue / salesOrders,
            placedCount, paidCount, placedCount == 0 ? 0 : (double)paidCount / placedCount,
            byStatus, byUnits, byRevenue,
            options.LowStockThreshold,
            await catalog.GetLowStockAsync(options.LowStockThreshold, Top, cancellationToken));
    }

    /// <summary>
    /// Sold orders and revenue per UTC hour, and every order's figures per status: the whole hours from the table
    /// (summed in SQL), the cut hours from the orders.
    /// </summary>
    private async Task<(List<SalesHour> SoldHours, List<SalesHour> Statuses)> HoursAsync(DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var (inside, outside) = Split(start, end, SalesRollup.HourOf, TimeSpan.FromHours(1));
        var table = db.Set<SalesHour>().AsNoTracking().Where(h => h.HourUtc >= inside.Start && h.HourUtc < inside.End);
        var soldHours = await table.Where(h => h.Status == OrderStatus.Paid || h.Status == OrderStatus.Shipped || h.Status == OrderStatus.Delivered)
            .GroupBy(h => h.HourUtc).Select(g => new SalesHour { HourUtc = g.Key, Orders = g.Sum(h => h.Orders), Revenue = g.Sum(h => h.Revenue) })
            .ToListAsync(cancellationToken);
        var statuses = await table.GroupBy(h => h.Status)
            .Select(g => new SalesHour { Status = g.Key, Orders = g.Sum(h => h.Orders), Total = g.Sum(h => h.Total), PaidOrders = g.Sum(h => h.PaidOrders) })
            .ToListAsync(cancellationToken);
        if (outside is not null)
        {
            var cut = await SalesRollup.HoursOfAsync(outside, cancellationToken);
            soldHours.AddRange(cut.Where(h => h.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered));
            statuses.AddRange(cut);
        }

        foreach (var h in soldHours)
        {
            h.HourUtc = DateTime.SpecifyKind(h.HourUtc, DateTimeKind.Utc);
        }

        return (soldHours, statuses);
    }

    /// <summary>Per product over the range: whole UTC days from the table, the cut days at both ends from the orders' lines.</summary>
    private async Task<List<BestSeller>> ProductsAsync(DateTime start, DateTime end, CancellationToken cancellationToken)
    {
        var (inside, outside) = Split(start, end, SalesRollup.DayOf, TimeSpan.FromDays(1));
        var rows = await db.Set<ProductSalesDay>().AsNoTracking().Where(d => d.DayUtc >= inside.Start && d.DayUtc < inside.End)
            .GroupBy(d => d.ProductId)
            .Select(g => new ProductSalesDay { ProductId = g.Key, Name = g.Max(d => d.Name)!, Units = g.Sum(d => d.Units), Revenue = g.Sum(d => d.Revenue) })
            .ToListAsync(cancellationToken);
        if (outside is not null)
        {
            rows.AddRange(await SalesRollup.ProductDaysOfAsync(outside, cancellationToken));
        }

        return rows.GroupBy(r => r.ProductId)
            .Select(g => new BestSeller(g.Key, g.Max(r => r.Name)!, g.Sum(r => r.Units), g.Sum(r => r.Revenue)))
            .Where(b => b.Units > 0)
            .ToList();
    }

    /// <summary>
    /// The whole units (hours or days) inside [start, end), read from a table, and the orders of the parts the range
    /// cuts at either end (null when it cuts none), read straight from the orders.
    /// </summary>
    private ((DateTime Start, DateTime End) Inside, IQueryable<Order>? Outside) Split(DateTime start, DateTime end, Func<DateTime, DateTime> floor, TimeSpan unit)
    {
        var first = floor(start) == start ? start : floor(start) + unit;
        var last = floor(end);
        if (first >= last)
        {
            // Shorter than one whole unit: all of it from the orders.
            (first, last) = (start, start);
        }

        if (first == start && last == end)
        {
            return ((first, last), null);
        }

        var orders = db.Set<Order>().AsNoTracking().Where(o => (o.PlacedUtc >= start && o.PlacedUtc < first) || (o.PlacedUtc >= last && o.PlacedUtc < end));
        return ((first, last), orders);
    }

    /// <summary>Reads <c>from</c> and <c>to</c> (local days, both included); the last 30 days when absent.</summary>
    public (DateOnly From, DateOnly To, Dictionary<string, string[]> Errors) Range(string? fromText, string? toText)
    {
        var errors = new Dictionary<string, string[]>();
        var to = shopTime.Today();
        if (!string.IsNullOrWhiteSpace(toText) && !DateOnly.TryParseExact(toText.Trim(), "yyyy-MM-dd", out to))
        {
            errors["to"] = [localizer["to is a date such as 2026-11-29."].Value];
        }

        var from = to.AddDays(-29);
        if (!string.IsNullOrWhiteSpace(fromText) && !DateOnly.TryParseExact(fromText.Trim(), "yyyy-MM-dd", out from))
        {
            errors["from"] = [localizer["from is a date such as 2026-11-01."].Value];
        }

        if (errors.Count == 0 && from > to)
        {
            errors["to"] = [localizer["to must not be before from."].Value];
        }
        else if (errors.Count == 0 && to.DayNumber - from.DayNumber >= MaxDays)
        {
            errors["from"] = [localizer["A report covers at most {0} days.", MaxDays].Value];
        }

        return (from, to, errors);
    }
}
