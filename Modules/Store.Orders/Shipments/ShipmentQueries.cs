using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Shipments;

/// <summary>An order's shipments, oldest first, with their lines named as on the order.</summary>
public sealed class ShipmentQueries(StoreDbContext db)
{
    public async Task<IReadOnlyList<ShipmentView>> ForOrderAsync(int orderId, CancellationToken cancellationToken)
    {
        var shipments = await db.Set<Shipment>().AsNoTracking().Include(s => s.Lines).Where(s => s.OrderId == orderId)
            .OrderBy(s => s.Sequence).ToListAsync(cancellationToken);
        if (shipments.Count == 0)
        {
            return [];
        }

        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.OrderId == orderId).ToDictionaryAsync(l => l.Id, cancellationToken);
        return shipments.Select(s => new ShipmentView(s.Sequence, s.Carrier, s.TrackingNumber, s.TrackingUrl, s.ShippedUtc, s.DeliveredUtc,
            s.Lines.OrderBy(l => l.OrderLineId).Select(l => new ShipmentLineView(l.OrderLineId, lines[l.OrderLineId].ProductName, lines[l.OrderLineId].Options, lines[l.OrderLineId].Sku, l.Quantity)).ToList())).ToList();
    }

    /// <summary>Every line of the order with the units shipped so far, for the ship form.</summary>
    public async Task<IReadOnlyList<ShippableLine>> ShippableAsync(int orderId, CancellationToken cancellationToken)
    {
        var shipped = await ShippedByLineAsync(db, orderId, cancellationToken);
        var lines = await db.Set<OrderLine>().AsNoTracking().Where(l => l.OrderId == orderId).OrderBy(l => l.Id)
            .Select(l => new { l.Id, l.ProductName, l.Options, l.Sku, l.Quantity }).ToListAsync(cancellationToken);
        return lines.Select(l => new ShippableLine(l.Id, l.ProductName, l.Options, l.Sku, l.Quantity, shipped.GetValueOrDefault(l.Id))).ToList();
    }

    /// <summary>Units shipped so far per order line.</summary>
    internal static Task<Dictionary<int, int>> ShippedByLineAsync(StoreDbContext db, int orderId, CancellationToken cancellationToken) =>
        db.Set<ShipmentLine>().Where(l => db.Set<Shipment>().Any(s => s.Id == l.ShipmentId && s.OrderId == orderId))
            .GroupBy(l => l.OrderLineId).Select(g => new { g.Key, Units = g.Sum(l => l.Quantity) })
            .ToDictionaryAsync(x => x.Key, x => x.Units, cancellationToken);
}
