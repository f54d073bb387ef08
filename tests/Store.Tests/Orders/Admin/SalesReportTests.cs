using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>The dashboard's figures checked against plain queries of the same orders, on Paris days.</summary>
public sealed class SalesReportTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task The_figures_match_direct_queries_of_the_orders()
    {
        var prefix = OrderSeed.Prefix();
        var start = new DateTime(2025, 6, 2, 9, 0, 0, DateTimeKind.Utc);
        var statuses = new[] { OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered, OrderStatus.Pending, OrderStatus.Cancelled, OrderStatus.Expired, OrderStatus.Refunded };
        var seeds = Enumerable.Range(0, 40).Select(i => new SeedOrder(
            OrderSeed.Number(prefix), $"r{i}@example.com", $"R {i}", statuses[i % statuses.Length], 1000 + (i * 137),
            // Every fifth order at 22:30 UTC: already the next day in Paris (UTC+2 in June).
            i % 5 == 0 ? start.Date.AddDays(i % 6).AddHours(22).AddMinutes(30) : start.AddDays(i % 6).AddHours(i % 7))
        {
            ProductId = 9000 + (i % 4),
            VariantId = 9100 + (i % 4),
            ProductName = "Report product " + (i % 4),
            Quantity = 1 + (i % 3),
            PaidInHistory = statuses[i % statuses.Length] is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Refunded || i % 14 == 4,
            Refunded = i % 9 == 1 && statuses[i % statuses.Length] == OrderStatus.Shipped ? 300 : statuses[i % statuses.Length] == OrderStatus.Refunded ? 1000 + (i * 137) : 0,
        }).ToList();
        await app.SeedAsync([.. seeds]);
        var low = await app.ProductAsync("Nearly Gone Vase", 1500, 2);
        await app.ProductAsync("Plenty Bowl", 1500, 50);
        var (browser, api) = await app.StaffAsync();

        var report = await (await api.GetAsync("/api/v1/admin/reports/sales?from=2025-06-02&to=2025-06-08")).OkJsonAsync();

        var from = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2025, 6, 2), Paris);
        var to = TimeZoneInfo.ConvertTimeToUtc(new DateTime(2025, 6, 9), Paris);
        var orders = await app.WithDbAsync(db => db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.History)
            .Where(o => o.PlacedUtc >= from && o.PlacedUtc < to).ToListAsync());
        var sold = orders.Where(o => o.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered).ToList();
        var expectedDays = Enumerable.Range(0, 7).Select(d => DateOnly.FromDateTime(new DateTime(2025, 6, 2).AddDays(d)))
            .Select(day => (day.ToString("yyyy-MM-dd"), sold.Count(o => DayOf(o) == day), sold.Where(o => DayOf(o) == day).Sum(o => o.Total - o.RefundedAmount)))
            .ToList();
        Assert.Equal(expectedDays, report.GetProperty("days").EnumerateArray().Select(d => (d.GetProperty("date").GetString()!, d.GetProperty("orders").GetInt32(), d.GetProperty("revenue").GetInt64())).ToList());
        Assert.True(expectedDays.Sum(d => d.Item2) > 5);
        var revenue = sold.Sum(o => o.Total - o.RefundedAmount);
        Assert.Equal(revenue, report.GetProperty("revenue").GetInt64());
        Assert.Equal(revenue / sold.Count, report.GetProperty("averageOrderValue").GetInt64());
        Assert.Equal(orders.Count, report.GetProperty("placedOrders").GetInt32());
        var paid = orders.Count(o => o.Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Refunded || o.PaidUtc != null || o.RefundedAmount > 0 || o.History.Any(h => h.To == OrderStatus.Paid));
        Assert.Equal(paid, report.GetProperty("paidOrders").GetInt32());
        Assert.Equal((double)paid / orders.Count, report.GetProperty("conversion").GetDouble(), 6);
        Assert.Equal(
            orders.GroupBy(o => o.Status.ToString()).OrderBy(g => Enum.Parse<OrderStatus>(g.Key)).Select(g => (g.Key, g.Count(), g.Sum(o => o.Total))).ToList(),
            report.GetProperty("byStatus").EnumerateArray().Select(s => (s.GetProperty("status").GetString()!, s.GetProperty("orders").GetInt32(), s.GetProperty("total").GetInt64())).ToList());
        var lines = sold.SelectMany(o => o.Lines).GroupBy(l => l.ProductId).Select(g => (g.Key, g.Sum(l => l.Quantity), g.Sum(l => l.LineTotal))).ToList();
        Assert.Equal(
            lines.OrderByDescending(l => l.Item2).ThenBy(l => l.Key).ToList(),
            report.GetProperty("bestSellersByUnits").EnumerateArray().Select(b => (b.GetProperty("productId").GetInt32(), b.GetProperty("units").GetInt32(), b.GetProperty("revenue").GetInt64())).ToList());
        Assert.Equal(
            lines.OrderByDescending(l => l.Item3).ThenBy(l => l.Key).ToList(),
            report.GetProperty("bestSellersByRevenue").EnumerateArray().Select(b => (b.GetProperty("productId").GetInt32(), b.GetProperty("units").GetInt32(), b.GetProperty("revenue").GetInt64())).ToList());
        var lowStock = report.GetProperty("lowStock").EnumerateArray().Select(v => v.GetProperty("variantId").GetInt32()).ToList();
        Assert.Contains(low.VariantId, lowStock);
        Assert.Equal(5, report.GetProperty("lowStockThreshold").GetInt32());
        Assert.Equal("Europe/Paris", report.GetProperty("timeZone").GetString());

        // The page shows the same figures, the chart as SVG and its table view.
        var html = await browser.GetStringAsync("/admin/reports?from=2025-06-02&to=2025-06-08");
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Table view", html, StringComparison.Ordinal);
        var busiest = expectedDays.MaxBy(d => d.Item3);
        Assert.Contains($"<tr><td>{ShortDate(DateOnly.ParseExact(busiest.Item1, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}</td><td class=\"num\">{busiest.Item2}</td><td class=\"num\">{Dollars(busiest.Item3)}</td></tr>", html, StringComparison.Ordinal);
        Assert.Contains(Dollars(revenue), html, StringComparison.Ordinal);
        Assert.Contains("Nearly Gone Vase", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Plenty Bowl", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_landing_page_shows_the_last_30_days_to_order_managers_only()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Time.GetUtcNow().UtcDateTime, Paris));
        await app.SeedAsync(new SeedOrder(OrderSeed.Number(OrderSeed.Prefix()), "recent@example.com", "Recent", OrderStatus.Paid, 4321, app.Time.GetUtcNow().UtcDateTime.AddHours(-1)) { PaidInHistory = true });
        var (manager, _) = await app.StaffAsync();
        var (merchandiser, _) = await app.StaffAsync(Store.Core.Security.StoreRoles.Merchandiser);

        var html = await manager.GetStringAsync("/admin");

        Assert.Contains($"Sales from {ShortDate(today.AddDays(-29))} to {ShortDate(today)}", html, StringComparison.Ordinal);
        Assert.Contains("$43.21", html, StringComparison.Ordinal);
        Assert.Contains("class=\"card\"", html, StringComparison.Ordinal); // the section cards stay
        var other = await merchandiser.GetStringAsync("/admin");
        Assert.DoesNotContain("Sales from", other, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/catalog/products\"", other, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("from=2025-06-09&to=2025-06-02", "to")]
    [InlineData("from=June", "from")]
    [InlineData("from=2024-01-01&to=2025-06-02", "from")]
    public async Task A_bad_range_answers_400(string query, string field)
    {
        var (browser, api) = await app.StaffAsync();

        var problem = await OrderSet.ProblemAsync(await api.GetAsync("/api/v1/admin/reports/sales?" + query));

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.GetAsync("/admin/reports?" + query)).StatusCode);
    }

    private static DateOnly DayOf(Order order) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(order.PlacedUtc, DateTimeKind.Utc), Paris));

    // The admin's culture's short date, English here (6/2/2025), as the page writes it.
    private static string ShortDate(DateOnly day) => day.ToString("d", System.Globalization.CultureInfo.GetCultureInfo("en"));

    private static string Dollars(long cents) => new Store.Core.Money.Money(cents, "USD").Format(System.Globalization.CultureInfo.GetCultureInfo("en"));
}
