using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Admin;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Reports;

/// <summary>
/// Keeps <see cref="SalesHour"/> and <see cref="ProductSalesDay"/> equal to what the orders say (README, "Reports"):
/// every write that moves an order's figures (placing it, a transition, a payment, a refund) reads the order's
/// facts before and after and adds the difference in the same transaction. Additions commute, so a caller may add
/// its difference after a nested transition added its own. Rows are touched in key order (statuses, then products)
/// so two transactions on PostgreSQL cannot wait on each other's rows in a circle. Figures are in the base currency:
/// an order in another currency counts its <see cref="Order.BaseTotal"/> (Currencies module).
/// </summary>
internal sealed class SalesRollup(StoreDbContext db)
{
    /// <summary>The order's facts that the tables sum, read inside the writer's transaction.</summary>
    public Task<OrderFacts> ReadAsync(int orderId, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Id == orderId)
            .Select(o => new OrderFacts(o.Id, o.PlacedUtc, o.Status, o.BaseTotal ?? o.Total, o.BaseTotal == null ? o.RefundedAmount : o.BaseTotal.Value * o.RefundedAmount / o.Total, o.PaidUtc != null, o.History.Any(h => h.To == OrderStatus.Paid)))
            .FirstAsync(cancellationToken);

    /// <summary>Adds <paramref name="after"/>'s figures and takes away <paramref name="before"/>'s (null: none, as when an order is placed).</summary>
    public async Task ChangedAsync(OrderFacts? before, OrderFacts? after, CancellationToken cancellationToken)
    {
        var order = after ?? before;
        if (order is null)
        {
            return;
        }

        var rows = new Dictionary<OrderStatus, SalesHour>();
        void Add(OrderFacts? facts, int sign)
        {
            if (facts is null)
            {
                return;
            }

            var row = rows.TryGetValue(facts.Status, out var existing) ? existing : rows[facts.Status] = new SalesHour { Status = facts.Status };
            row.Orders += sign;
            row.Total += sign * facts.Total;
            row.Revenue += sign * (facts.Total - facts.Refunded);
            row.PaidOrders += facts.WasPaid ? sign : 0;
        }

        Add(before, -1);
        Add(after, 1);
        var hour = HourOf(order.PlacedUtc);
        foreach (var row in rows.Values.OrderBy(r => r.Status.ToString(), StringComparer.Ordinal))
        {
            if (row.Orders != 0 || row.Total != 0 || row.Revenue != 0 || row.PaidOrders != 0)
            {
                var status = row.Status.ToString();
                await db.Database.ExecuteSqlAsync($"""
                    INSERT INTO "SalesHours" ("HourUtc", "Status", "Orders", "Total", "Revenue", "PaidOrders")
                    VALUES ({hour}, {status}, {row.Orders}, {row.Total}, {row.Revenue}, {row.PaidOrders})
                    ON CONFLICT ("HourUtc", "Status") DO UPDATE SET
                        "Orders" = "SalesHours"."Orders" + excluded."Orders", "Total" = "SalesHours"."Total" + excluded."Total",
                        "Revenue" = "SalesHours"."Revenue" + excluded."Revenue", "PaidOrders" = "SalesHours"."PaidOrders" + excluded."PaidOrders"
                    """, cancellationToken);
            }
        }

        var sold = (after?.IsSold == true ? 1 : 0) - (before?.IsSold == true ? 1 : 0);
        if (sold != 0)
        {
            await ProductsChangedAsync(order.OrderId, order.PlacedUtc, sold, cancellationToken);
        }
    }

    /// <summary>Empties both tables and sums them again from every order: for orders written around the transitions (benchmark and test seeds).</summary>
    public Task RebuildAsync(CancellationToken cancellationToken) => db.InTransactionAsync(async () =>
    {
        await db.Set<SalesHour>().ExecuteDeleteAsync(cancellationToken);
        await db.Set<ProductSalesDay>().ExecuteDeleteAsync(cancellationToken);
        var orders = db.Set<Order>().AsNoTracking();
        db.AddRange(await HoursOfAsync(orders, cancellationToken));
        db.AddRange(await ProductDaysOfAsync(orders, cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return true;
    }, cancellationToken);

    /// <summary>The rows <paramref name="orders"/> add up to, summed straight from them (the rebuild, and a report's partial hours).</summary>
    public static async Task<List<SalesHour>> HoursOfAsync(IQueryable<Order> orders, CancellationToken cancellationToken)
    {
        var all = await orders.GroupBy(o => new { o.PlacedUtc.Date, o.PlacedUtc.Hour, o.Status })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Status, Orders = g.Count(), Total = g.Sum(o => o.BaseTotal ?? o.Total), Revenue = g.Sum(o => o.BaseTotal == null ? o.Total - o.RefundedAmount : o.BaseTotal.Value - (o.BaseTotal.Value * o.RefundedAmount / o.Total)) })
            .ToListAsync(cancellationToken);
        var paid = (await orders.Where(PaymentStates.WasPaid).GroupBy(o => new { o.PlacedUtc.Date, o.PlacedUtc.Hour, o.Status })
            .Select(g => new { g.Key.Date, g.Key.Hour, g.Key.Status, Orders = g.Count() })
            .ToListAsync(cancellationToken)).ToDictionary(p => (p.Date, p.Hour, p.Status), p => p.Orders);
        return all.Select(g => new SalesHour
        {
            HourUtc = DateTime.SpecifyKind(g.Date.AddHours(g.Hour), DateTimeKind.Utc),
            Status = g.Status,
            Orders = g.Orders,
            Total = g.Total,
            Revenue = g.Revenue,
            PaidOrders = paid.GetValueOrDefault((g.Date, g.Hour, g.Status)),
        }).ToList();
    }

    /// <summary>The product rows of the sold ones among <paramref name="orders"/>, summed straight from their lines.</summary>
    public static async Task<List<ProductSalesDay>> ProductDaysOfAsync(IQueryable<Order> orders, CancellationToken cancellationToken)
    {
        var sold = orders.Where(o => o.Status == OrderStatus.Paid || o.Status == OrderStatus.Shipped || o.Status == OrderStatus.Delivered);
        var rows = await sold.SelectMany(o => o.Lines, (o, l) => new { o.PlacedUtc.Date, l.ProductId, l.ProductName, l.Quantity, LineTotal = o.BaseTotal == null ? l.LineTotal : l.LineTotal * o.BaseTotal.Value / o.Total })
            .GroupBy(l => new { l.Date, l.ProductId })
            .Select(g => new { g.Key.Date, g.Key.ProductId, Name = g.Max(l => l.ProductName), Units = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ProductSalesDay { DayUtc = DateTime.SpecifyKind(r.Date, DateTimeKind.Utc), ProductId = r.ProductId, Name = r.Name!, Units = r.Units, Revenue = r.Revenue }).ToList();
    }

    public static DateTime HourOf(DateTime utc) => new(utc.Year, utc.Month, utc.Day, utc.Hour, 0, 0, DateTimeKind.Utc);

    public static DateTime DayOf(DateTime utc) => DateTime.SpecifyKind(utc.Date, DateTimeKind.Utc);

    private async Task ProductsChangedAsync(int orderId, DateTime placedUtc, int sign, CancellationToken cancellationToken)
    {
        var day = DayOf(placedUtc);
        // Lines of an order in another currency count in the base currency, in the proportion of the order's base total.
        var products = await db.Set<OrderLine>().Where(l => l.OrderId == orderId)
            .Join(db.Set<Order>(), l => l.OrderId, o => o.Id, (l, o) => new { l.ProductId, l.ProductName, l.Quantity, LineTotal = o.BaseTotal == null ? l.LineTotal : l.LineTotal * o.BaseTotal.Value / o.Total })
            .GroupBy(l => l.ProductId)
            .Select(g => new { ProductId = g.Key, Name = g.Max(l => l.ProductName), Units = g.Sum(l => l.Quantity), Revenue = g.Sum(l => l.LineTotal) })
            .ToListAsync(cancellationToken);
        foreach (var p in products.OrderBy(p => p.ProductId))
        {
            var (units, revenue, name) = (sign * p.Units, sign * p.Revenue, p.Name ?? string.Empty);
            await db.Database.ExecuteSqlAsync($"""
                INSERT INTO "ProductSalesDays" ("DayUtc", "ProductId", "Name", "Units", "Revenue")
                VALUES ({day}, {p.ProductId}, {name}, {units}, {revenue})
                ON CONFLICT ("DayUtc", "ProductId") DO UPDATE SET
                    "Units" = "ProductSalesDays"."Units" + excluded."Units", "Revenue" = "ProductSalesDays"."Revenue" + excluded."Revenue",
                    "Name" = CASE WHEN excluded."Name" > "ProductSalesDays"."Name" THEN excluded."Name" ELSE "ProductSalesDays"."Name" END
                """, cancellationToken);
        }

        if (sign < 0)
        {
            // A product no longer sold that day leaves no row (nor a stale name) behind.
            var ids = products.Select(p => p.ProductId).ToList();
            await db.Set<ProductSalesDay>().Where(d => d.DayUtc == day && ids.Contains(d.ProductId) && d.Units <= 0).ExecuteDeleteAsync(cancellationToken);
        }
    }
}

/// <summary>What <see cref="SalesRollup"/> sums of one order.</summary>
internal sealed record OrderFacts(int OrderId, DateTime PlacedUtc, OrderStatus Status, long Total, long Refunded, bool PaidUtcSet, bool PaidInHistory)
{
    public bool IsSold => Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered;

    /// <summary><see cref="PaymentStates.WasPaid"/>, for facts already read.</summary>
    public bool WasPaid => Status is OrderStatus.Paid or OrderStatus.Shipped or OrderStatus.Delivered or OrderStatus.Refunded || PaidUtcSet || Refunded > 0 || PaidInHistory;
}
