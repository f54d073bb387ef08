using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Email;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Invoices;
using Store.Orders.Live;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Promotions.Contracts;

namespace Store.Orders.Workflow;

/// <summary>
/// Applies a transition of <see cref="OrderWorkflow"/> in one transaction: a conditional update of the status
/// (<c>WHERE Status = from</c>, so of two identical requests one changes it and the other is told it already
/// happened), the stock release when the transition gives stock back (guarded again by <c>StockHeld</c>), the
/// history row and the email; a move to Cancelled or Expired gives the order's coupon use back. Inside a caller's transaction (Payments' webhook) it joins it behind a savepoint.
/// Other nodes' open pages learn through <see cref="IOrderStatusNotifier"/>.
/// </summary>
internal sealed class OrderTransitions(StoreDbContext db, ICatalogProducts catalog, ICouponLedger coupons, OrderEmails emails, DocumentIssuer documents, IOrderStatusNotifier notifier, SalesRollup rollup, TimeProvider time, IStringLocalizer<OrderTransitions> localizer) : IOrderWorkflow
{
    public async Task<TransitionOutcome> TransitionAsync(string number, OrderStatus to, OrderActor actor, string by, string? note, CancellationToken cancellationToken)
    {
        var id = await db.Set<Order>().Where(o => o.Number == number).Select(o => (int?)o.Id).FirstOrDefaultAsync(cancellationToken);
        return id is null ? new TransitionOutcome(TransitionResult.NotFound, null, "No such order.") : await ApplyAsync(id.Value, to, actor, by, note, cancellationToken);
    }

    public Task<TransitionOutcome> ApplyAsync(int orderId, OrderStatus to, OrderActor actor, string by, string? note, CancellationToken cancellationToken) =>
        ApplyAsync(orderId, to, actor, by, note, email: true, cancellationToken);

    /// <summary>
    /// <paramref name="email"/> false leaves out the status email, for a caller that sends its own (the last
    /// shipment's email says the order is complete). A move to <c>Paid</c> issues the invoice, attached to its email.
    /// </summary>
    public async Task<TransitionOutcome> ApplyAsync(int orderId, OrderStatus to, OrderActor actor, string by, string? note, bool email, CancellationToken cancellationToken)
    {
        var from = await StatusOfAsync(orderId, cancellationToken);
        if (from is null)
        {
            return new TransitionOutcome(TransitionResult.NotFound, null, "No such order.");
        }

        if (OrderWorkflow.Refusal(from.Value, to, actor, localizer) is { } refusal)
        {
            return new TransitionOutcome(TransitionResult.Refused, from, refusal);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var transition = OrderWorkflow.Find(from.Value, to)!;
        TransitionOutcome? refused = null;
        var done = await db.AllOrNothingAsync(async () =>
        {
            var changed = await db.Set<Order>().Where(o => o.Id == orderId && o.Status == from)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, to).SetProperty(o => o.UpdatedUtc, now).SetProperty(o => o.HoldExpiresUtc, (DateTime?)null), cancellationToken);
            if (changed == 0)
            {
                var current = await StatusOfAsync(orderId, cancellationToken);
                refused = new TransitionOutcome(TransitionResult.Refused, current, current == to ? $"The order is already {to}." : $"The order changed meanwhile; it is now {current}.");
                return false;
            }

            if (transition.ReleasesStock && await db.Set<Order>().Where(o => o.Id == orderId && o.StockHeld)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.StockHeld, false), cancellationToken) == 1)
            {
                await catalog.ReleaseAsync(await StockLinesAsync(orderId, cancellationToken), cancellationToken);
            }

            // A cancelled or expired order gives its coupon use back (once: the ledger's own guard), inside this transaction.
            if (to is OrderStatus.Cancelled or OrderStatus.Expired)
            {
                await coupons.ReleaseAsync(orderId, cancellationToken);
            }

            if (transition.ReservesStock)
            {
                if (!await catalog.TryReserveAsync(await StockLinesAsync(orderId, cancellationToken), cancellationToken))
                {
                    refused = new TransitionOutcome(TransitionResult.Refused, from, "The items are no longer in stock.");
                    return false;
                }

                await db.Set<Order>().Where(o => o.Id == orderId).ExecuteUpdateAsync(s => s.SetProperty(o => o.StockHeld, true), cancellationToken);

                // Paid after its hold lapsed: the money is in, so the use given back at expiry is taken again.
                await coupons.RetakeAsync(orderId, cancellationToken);
            }

            // Read before the history row is added: a move to Paid is what adds "paid in the history".
            var facts = await rollup.ReadAsync(orderId, cancellationToken);
            await rollup.ChangedAsync(facts with { Status = from.Value }, facts with { PaidInHistory = facts.PaidInHistory || to == OrderStatus.Paid }, cancellationToken);
            db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry { OrderId = orderId, From = from, To = to, AtUtc = now, By = by, Note = note });
            IReadOnlyList<EmailAttachment> attachments = to == OrderStatus.Paid ? [DocumentIssuer.Attachment(await documents.IssueInvoiceAsync(orderId, cancellationToken))] : [];
            if (email)
            {
                await emails.QueueAsync(orderId, to, attachments, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
            return true;
        }, cancellationToken);
        if (!done)
        {
            return refused!;
        }

        notifier.Changed(orderId);
        return new TransitionOutcome(TransitionResult.Done, to);
    }

    private Task<List<StockLine>> StockLinesAsync(int orderId, CancellationToken cancellationToken) =>
        db.Set<OrderLine>().Where(l => l.OrderId == orderId).Select(l => new StockLine(l.VariantId, l.Quantity)).ToListAsync(cancellationToken);

    private Task<OrderStatus?> StatusOfAsync(int orderId, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Id == orderId).Select(o => (OrderStatus?)o.Status).FirstOrDefaultAsync(cancellationToken);
}
