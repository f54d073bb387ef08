using Store.Core.Data;
using Store.Orders.Emails;

namespace Store.Orders.Invoices;

/// <summary>Staff send a stored document to the customer again: the same PDF, never a new one.</summary>
internal sealed class DocumentMailer(StoreDbContext db, DocumentQueries documents, OrderEmails emails)
{
    public async Task<bool> SendAgainAsync(string orderNumber, string documentNumber, CancellationToken cancellationToken)
    {
        if (await documents.FindAsync(orderNumber, documentNumber, null, cancellationToken) is not { } document)
        {
            return false;
        }

        await emails.QueueDocumentAsync(document, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
