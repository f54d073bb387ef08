using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Invoices;

/// <summary>An order's documents and their stored PDFs. The shopper's reads name the owner, so another customer's document does not exist for them.</summary>
public sealed class DocumentQueries(StoreDbContext db)
{
    public async Task<IReadOnlyList<DocumentView>> ForOrderAsync(int orderId, CancellationToken cancellationToken)
    {
        var rows = await db.Set<OrderDocument>().AsNoTracking().Where(d => d.OrderId == orderId).OrderBy(d => d.Id)
            .Select(d => new { d.Number, d.Kind, d.IssuedUtc, d.Total, d.Currency }).ToListAsync(cancellationToken);
        return rows.Select(d => new DocumentView(d.Number, d.Kind == DocumentKind.Invoice ? "invoice" : "credit_note", d.IssuedUtc, d.Total, d.Currency)).ToList();
    }

    /// <summary>The document <paramref name="documentNumber"/> of order <paramref name="orderNumber"/>; with <paramref name="ownerId"/>, only when that user placed the order.</summary>
    internal Task<OrderDocument?> FindAsync(string orderNumber, string documentNumber, string? ownerId, CancellationToken cancellationToken) =>
        db.Set<OrderDocument>().AsNoTracking()
            .Where(d => d.Number == documentNumber && db.Set<Order>().Any(o => o.Id == d.OrderId && o.Number == orderNumber && (ownerId == null || o.UserId == ownerId)))
            .FirstOrDefaultAsync(cancellationToken);
}
