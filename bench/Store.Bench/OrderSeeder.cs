using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Reports;

namespace Store.Bench;

/// <summary>
/// Writes N orders straight through EF in batches: one to three lines over 200 products, statuses in a realistic
/// mix, placed over the year before the shop's clock, 2,000 customers.
/// </summary>
internal static class OrderSeeder
{
    private static readonly OrderStatus[] Mix =
    [
        OrderStatus.Delivered, OrderStatus.Delivered, OrderStatus.Delivered, OrderStatus.Shipped, OrderStatus.Shipped, OrderStatus.Paid,
        OrderStatus.Pending, OrderStatus.Cancelled, OrderStatus.Expired, OrderStatus.Refunded,
    ];

    public static async Task SeedAsync(IServiceProvider services, int count, DateTime now)
    {
        var random = new Random(11);
        const int batch = 2_000;
        for (var offset = 0; offset < count; offset += batch)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = offset; i < Math.Min(count, offset + batch); i++)
            {
                var status = Mix[random.Next(Mix.Length)];
                var placed = now.AddMinutes(-random.Next(0, 365 * 24 * 60));
                var customer = random.Next(2_000);
                var order = new Order
                {
                    Number = $"{i / 10_000:X4}-{i % 10_000:D4}".Replace('0', 'Z').Replace('1', 'Y'),
                    UserId = "bench-user-" + customer,
                    Email = $"customer{customer}@example.com",
                    Status = status,
                    Currency = "USD",
                    ShippingAddress = new OrderAddress { FullName = $"Customer {customer}", Line1 = "1 Bench Road", City = "Lyon", PostalCode = "69001", Country = "FR" },
                    IdempotencyKey = "bench-" + i,
                    PlacedUtc = placed,
                    UpdatedUtc = placed,
                };
                var lines = random.Next(1, 4);
                for (var l = 0; l < lines; l++)
                {
                    var product = random.Next(1, 201);
                    var quantity = random.Next(1, 4);
                    var price = 500 + (product * 37);
                    order.Lines.Add(new OrderLine { ProductId = product, VariantId = product, ProductName = "Product " + product, Options = string.Empty, Sku = "SKU-" + product, UnitPrice = price, Quantity = quantity, LineTotal = price * quantity });
                }

                order.Subtotal = order.Lines.Sum(l => l.LineTotal);
                order.Shipping = 500;
                order.Total = order.Subtotal + order.Shipping;
                order.RefundedAmount = status == OrderStatus.Refunded ? order.Total : 0;
                order.PaidUtc = status is OrderStatus.Pending or OrderStatus.Expired ? null : placed.AddMinutes(2);
                order.History.Add(new OrderHistoryEntry { To = OrderStatus.Pending, AtUtc = placed, By = order.UserId });
                if (status != OrderStatus.Pending)
                {
                    order.History.Add(new OrderHistoryEntry { From = OrderStatus.Pending, To = status, AtUtc = placed.AddMinutes(5), By = "system" });
                }

                db.Add(order);
            }

            await db.SaveChangesAsync();
        }

        // The orders were written around the transitions, which keep the dashboard's tables: sum those as the migration does.
        await using var rebuild = services.CreateAsyncScope();
        await rebuild.ServiceProvider.GetRequiredService<SalesRollup>().RebuildAsync(CancellationToken.None);
        // What the hourly statistics job would have done by the time a shop had this many orders. Not through the job's
        // RunOnceAsync: its start-up run on the empty database holds the job's lease, so that call does nothing (it did,
        // unnoticed, in the third run of bench/README.md: every "payment paid" request then sorted 60,000 orders).
        await using var statistics = services.CreateAsyncScope();
        var statisticsDb = statistics.ServiceProvider.GetRequiredService<StoreDbContext>();
        await Store.Core.Data.DatabaseStatisticsJob.GatherAsync(statisticsDb, CancellationToken.None);

        // PostgreSQL: rows written in one go are not marked all-visible until autovacuum reaches them, and until then
        // every index-only scan (the dashboard's covering indexes) also reads the table. A shop that took these orders
        // over a year has long been vacuumed: do what autovacuum would have done.
        if (statisticsDb.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true)
        {
            await statisticsDb.Database.ExecuteSqlRawAsync("VACUUM");
        }
    }
}
