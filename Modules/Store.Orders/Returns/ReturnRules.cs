using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;
using Store.Orders.Shipments;

namespace Store.Orders.Returns;

/// <summary>
/// What of an order may go back now (README, "Returns and withdrawal"). A <b>return</b> takes delivered units,
/// within the product's period from the delivery of its parcel (product, else its categories, else
/// <c>Returns:DefaultDays</c>; 0 = not returnable). A <b>withdrawal</b> takes any unit of a paid order not already
/// in a return, before delivery too, until <c>Returns:WithdrawalDays</c> after the last delivery; products marked
/// 0 are left out of it as well (sealed or made-to-order goods, the directive's exceptions). Units in a request
/// that was not rejected are not offered again.
/// </summary>
internal sealed class ReturnRules(StoreDbContext db, IReturnPeriods periods, ReturnsOptions options, TimeProvider time)
{
    private static readonly OrderStatus[] Withdrawable = [OrderStatus.Paid, OrderStatus.Shipped, OrderStatus.Delivered];

    public async Task<IReadOnlyList<ReturnableLine>> ForOrderAsync(int orderId, ReturnKind kind, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var delivered = await db.Set<ShipmentLine>().AsNoTracking()
            .Join(db.Set<Shipment>().Where(s => s.OrderId == orderId && s.DeliveredUtc != null), l => l.ShipmentId, s => s.Id, (l, s) => new { l.OrderLineId, l.Quantity, At = s.DeliveredUtc!.Value })
            .ToListAsync(cancellationToken);
        if (delivered.Count == 0 && order.Status == OrderStatus.Delivered)
        {
            // Marked delivered by hand, without parcels: every unit arrived when the order became Delivered.
            var at = await db.Set<OrderHistoryEntry>().Where(h => h.OrderId == orderId && h.To == OrderStatus.Delivered).MaxAsync(h => (DateTime?)h.AtUtc, cancellationToken) ?? order.UpdatedUtc;
            delivered = order.Lines.Select(l => new { OrderLineId = l.Id, l.Quantity, At = at }).ToList();
        }

        var taken = await db.Set<ReturnLine>().AsNoTracking()
            .Where(l => db.Set<ReturnRequest>().Any(r => r.Id == l.ReturnRequestId && r.OrderId == orderId && r.Status != ReturnStatus.Rejected))
            .GroupBy(l => l.OrderLineId).Select(g => new { LineId = g.Key, Units = g.Sum(l => l.Quantity) }).ToListAsync(cancellationToken);
        var days = await periods.GetAsync(order.Lines.Select(l => l.ProductId).ToList(), cancellationToken);
        var allDelivered = order.Lines.All(l => delivered.Where(d => d.OrderLineId == l.Id).Sum(d => d.Quantity) >= l.Quantity);
        var lastDelivery = delivered.Count == 0 ? (DateTime?)null : delivered.Max(d => d.At);
        var withdrawUntil = allDelivered && lastDelivery is { } last ? last.AddDays(options.WithdrawalDays) : (DateTime?)null;

        return order.Lines.OrderBy(l => l.Id).Select(l =>
        {
            var period = days.TryGetValue(l.ProductId, out var d) && d is { } set ? set : options.DefaultDays;
            var left = l.Quantity - (taken.FirstOrDefault(t => t.LineId == l.Id)?.Units ?? 0);
            var unit = UnitRefund(order, l);
            if (period == 0)
            {
                return new ReturnableLine(l.Id, l.ProductName, l.Options, l.Quantity, 0, unit, null, "This item cannot be returned.");
            }

            if (kind == ReturnKind.Withdrawal)
            {
                var why = !Withdrawable.Contains(order.Status) ? WhyNotWithdrawable(order.Status)
                    : withdrawUntil < now ? $"The {options.WithdrawalDays} days to withdraw ended on {withdrawUntil:yyyy-MM-dd}."
                    : left <= 0 ? "Already in a return." : null;
                return new ReturnableLine(l.Id, l.ProductName, l.Options, l.Quantity, why is null ? left : 0, unit, withdrawUntil, why);
            }

            var arrived = delivered.Where(x => x.OrderLineId == l.Id).ToList();
            var until = arrived.Count == 0 ? (DateTime?)null : arrived.Max(x => x.At).AddDays(period);
            var units = Math.Min(left, arrived.Sum(x => x.Quantity) - (l.Quantity - left));
            var whyNot = arrived.Count == 0 ? "Not delivered yet." : until < now ? $"The {period} days to return it ended on {until:yyyy-MM-dd}." : units <= 0 ? "Already in a return." : null;
            return new ReturnableLine(l.Id, l.ProductName, l.Options, l.Quantity, whyNot is null ? units : 0, unit, until, whyNot);
        }).ToList();
    }

    /// <summary>What one unit cost the customer: the line's total after its discount, with the tax when it was added on top.</summary>
    public static long UnitRefund(Order order, OrderLine line) =>
        (line.LineTotal - line.Discount + (order.PricesIncludeTax ? 0 : line.TaxAmount)) / Math.Max(1, line.Quantity);

    private static string WhyNotWithdrawable(OrderStatus status) => status switch
    {
        OrderStatus.Pending => "This order is not paid yet: cancel it instead.",
        _ => $"This order is {status}: there is nothing to withdraw from.",
    };
}
