using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Orders;

namespace Store.Orders.Shipments;

internal sealed class DeliveredPurchases(StoreDbContext db) : IDeliveredPurchases
{
    public async Task<DeliveredPurchase?> FindAsync(string userId, int productId, CancellationToken cancellationToken)
    {
        var rows = await (
            from order in db.Set<Order>().AsNoTracking()
            where order.UserId == userId
            from line in order.Lines
            where line.ProductId == productId
            join shipped in db.Set<ShipmentLine>() on line.Id equals shipped.OrderLineId
            join shipment in db.Set<Shipment>() on shipped.ShipmentId equals shipment.Id
            where shipment.DeliveredUtc != null && shipped.Quantity > 0
            select new { order.Id, order.ShippingAddress.FullName, Delivered = shipment.DeliveredUtc!.Value })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Delivered).Select(r => new DeliveredPurchase(r.Id, r.FullName, r.Delivered)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<DeliveredOrder>> DeliveredBetweenAsync(DateTime fromUtc, DateTime toUtc, int take, CancellationToken cancellationToken)
    {
        // Delivered means every shipment delivered (OrderStatus.Delivered); the last delivery dates it.
        var orders = await db.Set<Order>().AsNoTracking()
            .Where(o => o.UserId != null && o.Status == OrderStatus.Delivered)
            .Select(o => new
            {
                o.Id,
                o.Number,
                UserId = o.UserId!,
                o.Email,
                o.ShippingAddress.FullName,
                Delivered = db.Set<Shipment>().Where(s => s.OrderId == o.Id).Max(s => s.DeliveredUtc),
            })
            .Where(o => o.Delivered >= fromUtc && o.Delivered < toUtc)
            .OrderBy(o => o.Delivered).ThenBy(o => o.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var lines = (await db.Set<OrderLine>().AsNoTracking().Where(l => ids.Contains(l.OrderId))
            .Select(l => new { l.OrderId, l.ProductId, l.ProductName }).ToListAsync(cancellationToken))
            .ToLookup(l => l.OrderId);
        return orders.Select(o => new DeliveredOrder(o.Id, o.Number, o.UserId, o.Email, o.FullName, o.Delivered!.Value,
            lines[o.Id].DistinctBy(l => l.ProductId).Select(l => (l.ProductId, l.ProductName)).ToList())).ToList();
    }
}
