using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>
/// The dashboard's tables (SalesHours, ProductSalesDays) against the orders they sum: kept right by the real
/// placement, transitions, payments and refunds, and filled right by the migration's back-fill.
/// </summary>
public sealed class SalesRollupTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    [Fact]
    public async Task The_tables_stay_equal_to_the_orders_through_payments_refunds_and_cancellations()
    {
        var lamp = await app.ProductAsync("Rollup lamp", 2500, 100);
        var vase = await app.ProductAsync("Rollup vase", 1200, 100);
        // 0: paid, shipped, partly refunded. 1: paid then fully refunded. 2: cancelled unpaid. 3: paid, then cancelled by
        // staff (refund due). 4: cancelled, then a late payment arrives (money taken, not sold). 5: paid, delivered,
        // two partial refunds reaching the total. 6: stays pending.
        var steps = new Func<string, Task>[]
        {
            async n => { await PayAsync(n); await MoveAsync(n, OrderStatus.Shipped); await RefundAsync(n, 700); },
            async n => { await PayAsync(n); await RefundAsync(n, await TotalAsync(n)); },
            n => MoveAsync(n, OrderStatus.Cancelled),
            async n => { await PayAsync(n); await MoveAsync(n, OrderStatus.Cancelled); },
            async n => { await MoveAsync(n, OrderStatus.Cancelled); await PayAsync(n); },
            async n => { await PayAsync(n); await MoveAsync(n, OrderStatus.Shipped); await MoveAsync(n, OrderStatus.Delivered); await RefundAsync(n, 1000); await RefundAsync(n, await TotalAsync(n) - 1000); },
            _ => Task.CompletedTask,
        };
        var numbers = new List<string>();
        for (var i = 0; i < steps.Length; i++)
        {
            // A shopper per order: the clock moves on between them, past an access token's life.
            var (_, shopper) = await app.ApiShopperAsync();
            await shopper.AddAsync(lamp, 1 + (i % 2));
            if (i % 3 == 0)
            {
                await shopper.AddAsync(vase, 2);
            }

            var number = (await (await shopper.PlaceAsync()).OkJsonAsync(System.Net.HttpStatusCode.Created)).GetProperty("number").GetString()!;
            numbers.Add(number);
            if (i == 0)
            {
                await AssertTablesMatchOrdersAsync("after placing");
            }

            await steps[i](number);
            // Orders in different hours, so the rows of more than one hour move; each handled before its hold lapses.
            app.Time.Advance(TimeSpan.FromMinutes(25));
        }

        var statuses = await app.WithOrdersAsync(q => q.Where(o => numbers.Contains(o.Number)).ToDictionaryAsync(o => o.Number, o => o.Status));
        Assert.Equal(
            [OrderStatus.Shipped, OrderStatus.Refunded, OrderStatus.Cancelled, OrderStatus.Cancelled, OrderStatus.Cancelled, OrderStatus.Refunded, OrderStatus.Pending],
            numbers.Select(n => statuses[n]));
        await AssertTablesMatchOrdersAsync("after the transitions");

        // The report reads the tables: its figures are those of the orders (one sold order: #0, less its refund).
        var (_, api) = await app.StaffAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(app.Time.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")));
        var report = await (await api.GetAsync($"/api/v1/admin/reports/sales?from={today.AddDays(-2):yyyy-MM-dd}&to={today:yyyy-MM-dd}")).OkJsonAsync();
        var expected = await app.WithOrdersAsync(q => q.Where(o => numbers.Contains(o.Number) && o.Status == OrderStatus.Shipped).SumAsync(o => o.Total - o.RefundedAmount));
        Assert.Equal(expected, report.GetProperty("revenue").GetInt64());
        Assert.Equal(1, report.GetProperty("salesOrders").GetInt32());
        Assert.Equal(7, report.GetProperty("placedOrders").GetInt32());
        Assert.Equal(5, report.GetProperty("paidOrders").GetInt32());
        Assert.Equal([vase.ProductId, lamp.ProductId], report.GetProperty("bestSellersByUnits").EnumerateArray().Select(b => b.GetProperty("productId").GetInt32()));
    }

    [Fact]
    public async Task The_migration_back_fills_the_tables_from_the_orders_already_there()
    {
        var prefix = OrderSeed.Prefix();
        var start = new DateTime(2025, 3, 29, 20, 0, 0, DateTimeKind.Utc);
        var statuses = Enum.GetValues<OrderStatus>();
        await app.SeedAsync([.. Enumerable.Range(0, 30).Select(i => new SeedOrder(
            OrderSeed.Number(prefix), $"b{i}@example.com", $"B {i}", statuses[i % statuses.Length], 900 + (i * 61), start.AddMinutes(i * 97))
        {
            ProductId = 7000 + (i % 3),
            ProductName = "Back-fill product " + (i % 3),
            Quantity = 1 + (i % 2),
            PaidInHistory = i % 4 == 0,
            PaidUtc = i % 5 == 0 ? start : null,
            Refunded = statuses[i % statuses.Length] == OrderStatus.Delivered ? 200 : 0,
        })]);

        // Down past this branch's migration (its tables go) and up again: the back-fill sums the seeded orders.
        await app.WithDbAsync(async db =>
        {
            var migrations = db.Database.GetMigrations().ToList();
            var mine = migrations.FindIndex(m => m.EndsWith("_OrderAdminSpeed", StringComparison.Ordinal));
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(migrations[mine - 1]);
            Assert.DoesNotContain(migrations[mine], await db.Database.GetAppliedMigrationsAsync());
            await migrator.MigrateAsync();
            return 0;
        });

        await AssertTablesMatchOrdersAsync("after the back-fill");
        Assert.True(await app.WithDbAsync(db => db.Set<ProductSalesDay>().CountAsync()) > 0);
    }

    private async Task AssertTablesMatchOrdersAsync(string when)
    {
        var (hours, products, expectedHours, expectedProducts) = await app.WithDbAsync(async db =>
        {
            var orders = db.Set<Order>().AsNoTracking();
            return (
                Hours(await db.Set<SalesHour>().AsNoTracking().ToListAsync()),
                Products(await db.Set<ProductSalesDay>().AsNoTracking().ToListAsync()),
                Hours(await SalesRollup.HoursOfAsync(orders, CancellationToken.None)),
                Products(await SalesRollup.ProductDaysOfAsync(orders, CancellationToken.None)));
        });
        Assert.True(expectedHours.Count > 0, when);
        Assert.Equal(expectedHours, hours);
        Assert.Equal(expectedProducts, products);
    }

    // Rows summing to nothing (every order moved out of them) say the same as no row.
    private static List<string> Hours(IEnumerable<SalesHour> rows) => rows
        .Where(h => h.Orders != 0 || h.Total != 0 || h.Revenue != 0 || h.PaidOrders != 0)
        .Select(h => $"{h.HourUtc:yyyy-MM-dd HH} {h.Status}: {h.Orders} orders, total {h.Total}, revenue {h.Revenue}, paid {h.PaidOrders}")
        .Order(StringComparer.Ordinal).ToList();

    private static List<string> Products(IEnumerable<ProductSalesDay> rows) => rows
        .Select(d => $"{d.DayUtc:yyyy-MM-dd} {d.ProductId} {d.Name}: {d.Units} units, {d.Revenue}")
        .Order(StringComparer.Ordinal).ToList();

    private Task<long> TotalAsync(string number) => app.WithOrdersAsync(q => q.Where(o => o.Number == number).Select(o => o.Total).SingleAsync());

    private async Task PayAsync(string number)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var paid = await scope.ServiceProvider.GetRequiredService<IOrderPayments>()
            .MarkPaidAsync(number, new OrderPayment(app.Time.GetUtcNow().UtcDateTime, "offline", "cs_" + number, null), CancellationToken.None);
        Assert.NotEqual(PaymentResult.NotFound, paid.Result);
    }

    private async Task MoveAsync(string number, OrderStatus to)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var moved = await scope.ServiceProvider.GetRequiredService<IOrderWorkflow>().TransitionAsync(number, to, OrderActor.Staff, "staff-test", null, CancellationToken.None);
        Assert.True(moved.Result == TransitionResult.Done, moved.Message);
    }

    private async Task RefundAsync(string number, long amount)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var refunded = await scope.ServiceProvider.GetRequiredService<IOrderPayments>().RecordRefundAsync(number, amount, "staff-test", "test", CancellationToken.None);
        Assert.True(refunded.Done, refunded.Message);
    }
}
