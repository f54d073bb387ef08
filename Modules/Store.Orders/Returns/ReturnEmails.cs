using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Emails;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>
/// Queues the email of a return's current status (<c>Return{Status}.liquid</c>, a theme overrides it by name) in
/// the outbox, inside the step's transaction: a rolled-back step sends nothing.
/// </summary>
internal sealed class ReturnEmails(StoreDbContext db, EmailOutbox outbox, OrderEmails orderEmails, ReturnQueries queries)
{
    public async Task QueueAsync(string number, CancellationToken cancellationToken)
    {
        var request = (await queries.FindAsync(number, cancellationToken))!;
        var order = await db.Set<Order>().AsNoTracking().FirstAsync(o => o.Number == request.OrderNumber, cancellationToken);
        await outbox.QueueAsync(request.Email, "Return" + request.Status, new ReturnEmail(request, order.ShippingAddress.FullName, orderEmails.OrderLink(order)), cancellationToken);
    }
}
