using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Orders;
using Store.Orders.Shipments;
using Store.Orders.Workflow;

namespace Store.Orders.Admin;

/// <summary>
/// Every order, for staff: the filtered and sorted list (one page, or all of it streamed for the exports) and
/// one order in full. The filters and sorts run in SQL on the indexes of <c>OrderConfiguration</c>.
/// </summary>
public sealed class OrderAdminQueries(StoreDbContext db, ShopTime shopTime, CustomerSearch customers, OrdersOptions options, ShipmentQueries shipments, DocumentQueries documents)
{
    /// <summary>
    /// One page: the page's ids first (sort keys only, which an index covers), then those rows in full. The count is
    /// known without a query when the page is the last one (page + 1 rows asked for), else counted up to
    /// <c>Orders:AdminCountCap</c> (10,000): past it the list says "More than 10,000" (DESIGN.md, "Performance").
    /// </summary>
    internal async Task<AdminOrderPage> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var filtered = await FilteredAsync(filter, cancellationToken);
        var pageSize = options.AdminPageSize;
        var page = Math.Max(1, filter.Page);
        var ids = await PageIdsAsync(filtered, filter, page, pageSize, cancellationToken);
        int total;
        var capped = false;
        if (ids.Count <= pageSize && (ids.Count > 0 || page == 1))
        {
            total = ((page - 1) * pageSize) + ids.Count;
        }
        else
        {
            var counted = await filtered.Take(options.AdminCountCap + 1).CountAsync(cancellationToken);
            (total, capped) = counted > options.AdminCountCap ? (options.AdminCountCap, true) : (counted, false);
            if (ids.Count == 0)
            {
                // Past the end (an old link): the last page.
                page = Math.Max(1, (total + pageSize - 1) / pageSize);
                ids = await PageIdsAsync(filtered, filter, page, pageSize, cancellationToken);
            }
        }

        var hasNext = ids.Count > pageSize;
        ids = ids.Take(pageSize).ToList();
        var rows = await db.Set<Order>().AsNoTracking().Where(o => ids.Contains(o.Id))
            .Select(o => new
            {
                o.Id,
                o.Number,
                o.PlacedUtc,
                o.Email,
                o.ShippingAddress.FullName,
                o.Status,
                o.Total,
                o.RefundedAmount,
                o.Currency,
                WasPaid = o.PaidUtc != null || (o.Status == OrderStatus.Cancelled && o.History.Any(h => h.To == OrderStatus.Paid)),
            })
            .ToListAsync(cancellationToken);
        var byId = rows.ToDictionary(o => o.Id);
        return new AdminOrderPage(
            ids.Select(id => byId[id]).Select(o => new AdminOrderRow(o.Number, o.PlacedUtc, o.Email, o.FullName, o.Status.ToString(), PaymentStates.Of(o.Status, o.Total, o.RefundedAmount, o.WasPaid), o.Total, o.Currency)).ToList(),
            page, pageSize, total)
        { TotalIsCapped = capped, HasNext = hasNext };
    }

    /// <summary>Every matching order in the list's order, read as the caller writes (no tracking, no list in memory).</summary>
    internal async IAsyncEnumerable<OrderExportRow> StreamAsync(OrderFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = Sorted(await FilteredAsync(filter, cancellationToken), filter).Select(o => new
        {
            o.Number,
            o.PlacedUtc,
            o.Status,
            o.Email,
            o.ShippingAddress.FullName,
            Items = o.Lines.Sum(l => l.Quantity),
            o.Currency,
            o.Subtotal,
            o.Shipping,
            o.Total,
            o.RefundedAmount,
            o.PaidUtc,
            o.ShippingAddress.Country,
            o.ShippingAddress.City,
            o.TaxTotal,
            o.ShippingTax,
            o.PricesIncludeTax,
            o.ShippingMethod,
            o.DiscountTotal,
            o.CouponCode,
            o.ExchangeRate,
            o.BaseTotal,
            WasPaid = o.PaidUtc != null || (o.Status == OrderStatus.Cancelled && o.History.Any(h => h.To == OrderStatus.Paid)),
        }).AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(cancellationToken))
        {
            yield return new OrderExportRow(o.Number, o.PlacedUtc, o.Status.ToString(), PaymentStates.Of(o.Status, o.Total, o.RefundedAmount, o.WasPaid),
                o.Email, o.FullName, o.Items, o.Currency, o.Subtotal, o.Shipping, o.Total, o.RefundedAmount, o.PaidUtc, o.Country, o.City,
                o.TaxTotal, o.ShippingTax, o.PricesIncludeTax, o.ShippingMethod, o.DiscountTotal, o.CouponCode,
                o.ExchangeRate, o.BaseTotal ?? o.Total);
        }
    }

    public async Task<AdminOrderDetail?> DetailAsync(string number, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.History).Include(o => o.Discounts).AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
        if (order is null)
        {
            return null;
        }

        var a = order.ShippingAddress;
        var history = order.History.OrderBy(h => h.Id)
            .Select(h => new AdminHistoryView(h.From?.ToString(), h.To.ToString(), h.AtUtc, h.By == order.UserId ? "shopper" : h.By == "system" ? "system" : "staff", h.By, h.Note))
            .ToList();
        var wasPaid = order.PaidUtc is not null || order.History.Any(h => h.To == OrderStatus.Paid);
        return new AdminOrderDetail(
            order.Number, order.Status.ToString(), PaymentStates.Of(order.Status, order.Total, order.RefundedAmount, wasPaid),
            order.PlacedUtc, order.UpdatedUtc, order.HoldExpiresUtc, order.Email, order.Currency, order.Subtotal, order.Shipping, order.Total,
            new OrderAddressView(a.FullName, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country, a.Phone),
            order.Lines.OrderBy(l => l.Id).Select(OrderLineView.From).ToList(),
            new AdminPaymentView(order.PaidUtc, order.PaymentProvider, order.PaymentSessionId, order.PaymentIntentId, order.RefundedAmount, order.AttentionNote),
            // Payments records refunds in the history (a move to Refunded, or a row whose note names the refund).
            history.Where(h => h.To == nameof(OrderStatus.Refunded) || (h.Note?.Contains("refund", StringComparison.OrdinalIgnoreCase) ?? false)).ToList(),
            history,
            StaffMovesFrom(order.Status),
            await shipments.ForOrderAsync(order.Id, cancellationToken),
            await documents.ForOrderAsync(order.Id, cancellationToken),
            await shipments.ShippableAsync(order.Id, cancellationToken),
            OrderTaxView.From(order),
            OrderDiscountView.Of(order));
    }

    /// <summary>
    /// The order's version for <c>If-Match</c>: its history rows, since every change to an order (status, payment,
    /// refund) writes one. Null for an unknown order.
    /// </summary>
    public async Task<int?> VersionAsync(string number, CancellationToken cancellationToken) =>
        await db.Set<Order>().Where(o => o.Number == number).Select(o => (int?)o.History.Count).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The statuses staff may move an order to from <paramref name="status"/>, per the transition table.</summary>
    public static IReadOnlyList<string> StaffMovesFrom(OrderStatus status) =>
        OrderWorkflow.Table.Where(t => t.From == status && t.Actors.HasFlag(OrderActor.Staff)).Select(t => t.To.ToString()).ToList();

    internal async Task<IQueryable<Order>> FilteredAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var orders = db.Set<Order>().AsNoTracking();
        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (filter.Customer is { } customer)
        {
            orders = await customers.MatchingAsync(orders, customer, cancellationToken);
        }

        if (filter.From is { } from)
        {
            var start = shopTime.StartUtc(from);
            orders = orders.Where(o => o.PlacedUtc >= start);
        }

        if (filter.To is { } to)
        {
            var end = shopTime.StartUtc(to.AddDays(1));
            orders = orders.Where(o => o.PlacedUtc < end);
        }

        if (filter.MinTotal is { } min)
        {
            orders = orders.Where(o => o.Total >= min);
        }

        if (filter.MaxTotal is { } max)
        {
            orders = orders.Where(o => o.Total <= max);
        }

        if (filter.Payment is { } payment)
        {
            orders = orders.Where(PaymentStates.Is(payment));
        }

        if (filter.Q is { } q)
        {
            // People type numbers without the dash too: K7QM42XP finds K7QM-42XP.
            var prefix = !q.Contains('-', StringComparison.Ordinal) && q.Length > 4 ? q[..4] + "-" + q[4..] : q;
            orders = orders.Where(o => o.Number.StartsWith(prefix));
        }

        return orders;
    }

    private async Task<List<int>> PageIdsAsync(IQueryable<Order> filtered, OrderFilter filter, int page, int pageSize, CancellationToken cancellationToken) =>
        await Sorted(filtered, filter).Skip((page - 1) * pageSize).Take(pageSize + 1).Select(o => o.Id).ToListAsync(cancellationToken);

    private static IOrderedQueryable<Order> Sorted(IQueryable<Order> orders, OrderFilter filter)
    {
        // Filtered to one payment state, the payment sort is one value: sorting by its expression would only cost a scan.
        var column = filter.SortColumn == "payment" && filter.Payment is not null ? "id" : filter.SortColumn;
        var sorted = column switch
        {
            "number" => By(orders, o => o.Number, filter.Descending),
            "customer" => By(orders, o => o.Email, filter.Descending),
            "status" => By(orders, o => o.Status, filter.Descending),
            "payment" => By(orders, PaymentStates.Rank, filter.Descending),
            "total" => By(orders, o => o.Total, filter.Descending),
            "id" => By(orders, o => o.Id, filter.Descending),
            _ => By(orders, o => o.PlacedUtc, filter.Descending),
        };
        return filter.Descending ? sorted.ThenByDescending(o => o.Id) : sorted.ThenBy(o => o.Id);
    }

    private static IOrderedQueryable<Order> By<TKey>(IQueryable<Order> orders, Expression<Func<Order, TKey>> key, bool descending) =>
        descending ? orders.OrderByDescending(key) : orders.OrderBy(key);
}
