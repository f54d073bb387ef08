using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Money;
using Store.Core.Privacy;
using Store.Orders.Contracts;
using Store.Orders.Invoices;

namespace Store.Orders.Orders;

/// <summary>
/// A customer's orders in their data export; at erasure the orders and their invoices stay, because bookkeeping
/// law requires a shop to keep them (with the name and address the invoice was made out to), and an order still
/// under way refuses the erasure: it still has to reach the person, or be refunded to them.
/// </summary>
internal sealed class OrderPersonalData(StoreDbContext db) : IPersonalData
{
    private static readonly OrderStatus[] UnderWay = [OrderStatus.Pending, OrderStatus.Paid, OrderStatus.Shipped];

    public string Section => "orders";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var orders = await db.Set<Order>().AsNoTracking().AsSplitQuery()
            .Include(o => o.Lines).Include(o => o.History)
            .Where(o => o.UserId == subject.UserId).OrderBy(o => o.Id)
            .ToListAsync(cancellationToken);
        var ids = orders.Select(o => o.Id).ToList();
        var documents = (await db.Set<OrderDocument>().AsNoTracking().Where(d => ids.Contains(d.OrderId))
            .Select(d => new { d.OrderId, d.Kind, d.Number, d.IssuedUtc, d.Total })
            .ToListAsync(cancellationToken)).ToLookup(d => d.OrderId);
        return orders.Select(o => new
        {
            o.Number,
            o.PlacedUtc,
            Status = o.Status.ToString(),
            o.Email,
            o.Currency,
            Subtotal = Money.Major(o.Subtotal, o.Currency),
            Shipping = Money.Major(o.Shipping, o.Currency),
            Tax = Money.Major(o.TaxTotal, o.Currency),
            Total = Money.Major(o.Total, o.Currency),
            Refunded = Money.Major(o.RefundedAmount, o.Currency),
            o.ShippingAddress,
            Lines = o.Lines.Select(l => new { l.ProductName, l.Options, l.Sku, l.Quantity, UnitPrice = Money.Major(l.UnitPrice, o.Currency) }),
            History = o.History.OrderBy(h => h.Id).Select(h => new { From = h.From.ToString(), To = h.To.ToString(), h.AtUtc, h.Note }),
            Documents = documents[o.Id].Select(d => new { Kind = d.Kind.ToString(), d.Number, d.IssuedUtc, Total = Money.Major(d.Total, o.Currency) }),
        }).ToList();
    }

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var mine = db.Set<Order>().Where(o => o.UserId == subject.UserId);
        if (await mine.Where(o => UnderWay.Contains(o.Status)).Select(o => new { o.Number, o.Status }).FirstOrDefaultAsync(cancellationToken) is { } open)
        {
            return Erasure.Refuses($"Order {open.Number} is still under way ({open.Status}). The account can be erased once it is delivered, cancelled or refunded.");
        }

        var count = await mine.CountAsync(cancellationToken);
        return count == 0
            ? Erasure.Done
            : Erasure.Keeps($"{count} order(s) and their invoices, with the name and address they were made out to, are kept as bookkeeping law requires.");
    }
}
