using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Orders;

namespace Store.Orders.Invoices;

/// <summary>
/// Issues an order's invoice (when it is paid) and a credit note (for each refund) inside the caller's
/// transaction: the number is drawn, the PDF drawn once and stored with it, all committed with the payment or
/// refund that caused it, or not at all.
/// </summary>
internal sealed class DocumentIssuer(StoreDbContext db, DocumentNumbers numbers, InvoicesOptions options, TimeProvider time)
{
    /// <summary>The order's invoice: issued now, or the one issued before (an order is invoiced once).</summary>
    public async Task<OrderDocument> IssueInvoiceAsync(int orderId, CancellationToken cancellationToken)
    {
        if (await db.Set<OrderDocument>().FirstOrDefaultAsync(d => d.OrderId == orderId && d.Kind == DocumentKind.Invoice, cancellationToken) is { } issued)
        {
            return issued;
        }

        var order = await OrderAsync(orderId, cancellationToken);
        return await IssueAsync(order, DocumentKind.Invoice, DocumentContents.InvoiceLines(order), null, cancellationToken);
    }

    /// <summary>A credit note for <paramref name="amount"/> (minor units) refunded on the order.</summary>
    public async Task<OrderDocument> IssueCreditNoteAsync(int orderId, long amount, CancellationToken cancellationToken)
    {
        var order = await OrderAsync(orderId, cancellationToken);
        var invoice = await db.Set<OrderDocument>().Where(d => d.OrderId == orderId && d.Kind == DocumentKind.Invoice).Select(d => d.Number).FirstOrDefaultAsync(cancellationToken);
        return await IssueAsync(order, DocumentKind.CreditNote, DocumentContents.CreditLines(order, amount), invoice, cancellationToken);
    }

    public static EmailAttachment Attachment(OrderDocument document) => new(FileName(document.Number), "application/pdf", document.Pdf);

    public static string FileName(string number) => number + ".pdf";

    private async Task<OrderDocument> IssueAsync(Order order, DocumentKind kind, IReadOnlyList<DocumentLine> lines, string? refersTo, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var (sequence, number) = await numbers.NextAsync(kind, now.Year, cancellationToken);
        var content = new DocumentContent(kind, number, now, order.Number, order.PaidUtc, refersTo, order.Currency, order.PricesIncludeTax,
            DocumentContents.Buyer(order), order.Email, lines);
        var document = new OrderDocument
        {
            OrderId = order.Id,
            Kind = kind,
            Number = number,
            Year = now.Year,
            Sequence = sequence,
            IssuedUtc = now,
            Currency = order.Currency,
            Total = content.Gross,
            Pdf = DocumentPdf.Render(content, options),
        };
        db.Set<OrderDocument>().Add(document);
        await db.SaveChangesAsync(cancellationToken);
        return document;
    }

    private Task<Order> OrderAsync(int orderId, CancellationToken cancellationToken) =>
        db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstAsync(o => o.Id == orderId, cancellationToken);
}
