using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Workflow;

namespace Store.Orders.Admin;

/// <summary>
/// Every order, for staff: the filtered and sorted list (one page, or all of it streamed for the exports) and
/// one order in full. The filters and sorts run in SQL on the indexes of <c>OrderConfiguration</c>.
/// </summary>
public sealed class OrderAdminQueries(StoreDbContext db, ShopTime shopTime, OrdersOptions options)
{
    internal async Task<AdminOrderPage> ListAsync(OrderFilter filter, CancellationToken cancellationToken)
    {
        var filtered = Filtered(filter);
        var total = await filtered.CountAsync(cancellationToken);
        var pageSize = options.AdminPageSize;
        var page = Math.Clamp(filter.Page, 1, Math.Max(1, (total + pageSize - 1) / pageSize));
        var rows = await Sorted(filtered, filter).Skip((page - 1) * pageSize).Take(pageSize)
            .Select(o => new
            {
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
        return new AdminOrderPage(
            rows.Select(o => new AdminOrderRow(o.Number, o.PlacedUtc, o.Email, o.FullName, o.Status.ToString(), PaymentStates.Of(o.Status, o.Total, o.RefundedAmount, o.WasPaid), o.Total, o.Currency)).ToList(),
            page, pageSize, total);
    }

    /// <summary>Every matching order in the list's order, read as the caller writes (no tracking, no list in memory).</summary>
    internal async IAsyncEnumerable<OrderExportRow> StreamAsync(OrderFilter filter, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = Sorted(Filtered(filter), filter).Select(o => new
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
            WasPaid = o.PaidUtc != null || (o.Status == OrderStatus.Cancelled && o.History.Any(h => h.To == OrderStatus.Paid)),
        }).AsAsyncEnumerable();
        await foreach (var o in rows.WithCancellation(cancellationToken))
        {
            yield return new OrderExportRow(o.Number, o.PlacedUtc, o.Status.ToString(), PaymentStates.Of(o.Status, o.Total, o.RefundedAmount, o.WasPaid),
                o.Email, o.FullName, o.Items, o.Currency, o.Subtotal, o.Shipping, o.Total, o.RefundedAmount, o.PaidUtc, o.Country, o.City,
                o.TaxTotal, o.ShippingTax, o.PricesIncludeTax, o.ShippingMethod);
        }
    }

    public async Task<AdminOrderDetail?> DetailAsync(string number, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).Include(o => o.History).AsSplitQuery()
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
            OrderTaxView.From(order));
    }

    /// <summary>The statuses staff may move an order to from <paramref name="status"/>, per the transition table.</summary>
    public static IReadOnlyList<string> StaffMovesFrom(OrderStatus status) =>
        OrderWorkflow.Table.Where(t => t.From == status && t.Actors.HasFlag(OrderActor.Staff)).Select(t => t.To.ToString()).ToList();

    internal IQueryable<Order> Filtered(OrderFilter filter)
    {
        var orders = db.Set<Order>().AsNoTracking();
        if (filter.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (filter.Customer is { } customer)
        {
            var term = customer.ToLowerInvariant();
            // lower() on both providers; the StringComparison overload has no SQL translation.
#pragma warning disable CA1862
            orders = orders.Where(o => o.Email.ToLower().Contains(term) || o.ShippingAddress.FullName.ToLower().Contains(term));
#pragma warning restore CA1862
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

    private static IOrderedQueryable<Order> Sorted(IQueryable<Order> orders, OrderFilter filter)
    {
        var sorted = filter.SortColumn switch
        {
            "number" => By(orders, o => o.Number, filter.Descending),
            "customer" => By(orders, o => o.Email, filter.Descending),
            "status" => By(orders, o => o.Status, filter.Descending),
            "payment" => By(orders, PaymentStates.Rank, filter.Descending),
            "total" => By(orders, o => o.Total, filter.Descending),
            _ => By(orders, o => o.PlacedUtc, filter.Descending),
        };
        return filter.Descending ? sorted.ThenByDescending(o => o.Id) : sorted.ThenBy(o => o.Id);
    }

    private static IOrderedQueryable<Order> By<TKey>(IQueryable<Order> orders, Expression<Func<Order, TKey>> key, bool descending) =>
        descending ? orders.OrderByDescending(key) : orders.OrderBy(key);
}
