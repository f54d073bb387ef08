using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Orders.Emails;
using Store.Orders.Invoices;
using Store.Orders.Live;
using Store.Orders.Orders;
using Store.Orders.Reports;
using Store.Orders.Workflow;

namespace Store.Orders.Payments;

/// <summary>
/// <see cref="IOrderPayments"/>: the payment facts on an order, written through the transition table. Every
/// write is one conditional update or one transition, so a payment or a refund counts once however often it
/// arrives; each joins the caller's transaction when one is open.
/// </summary>
internal sealed class OrderPayments(StoreDbContext db, OrderTransitions transitions, SalesRollup rollup, DocumentIssuer documents, OrderEmails emails, IOrderStatusNotifier notifier, TimeProvider time) : IOrderPayments
{
    private const string By = "payments";

    public async Task<PayableOrder?> FindAsync(string number, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().AsNoTracking().Include(o => o.Lines).FirstOrDefaultAsync(o => o.Number == number, cancellationToken);
        return order is null ? null : new PayableOrder(order.Number, order.UserId, order.Email, order.Status, order.Currency,
            order.Lines.OrderBy(l => l.Id).Select(l => new PayableLine(l.ProductName, l.Options, l.UnitPrice, l.Quantity, l.Discount)).ToList(),
            order.Shipping, order.Total, order.HoldExpiresUtc, order.PaymentProvider, order.PaymentSessionId, order.PaymentIntentId, order.PaidUtc,
            order.RefundedAmount, order.AttentionNote, order.PricesIncludeTax ? 0 : order.TaxTotal, order.ShippingDiscount);
    }

    public Task<string?> NumberOfPaymentAsync(string paymentIntentId, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.PaymentIntentId == paymentIntentId).Select(o => o.Number).FirstOrDefaultAsync(cancellationToken);

    public Task SaveSessionAsync(string number, string provider, string sessionId, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Number == number && o.PaidUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.PaymentSessionId, sessionId).SetProperty(o => o.PaymentProvider, provider), cancellationToken);

    public async Task<PaymentOutcome> MarkPaidAsync(string number, OrderPayment payment, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().Where(o => o.Number == number)
            .Select(o => new { o.Id, o.Status, o.PaidUtc, o.PaymentSessionId }).FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return new PaymentOutcome(PaymentResult.NotFound, null, "No such order.");
        }

        if (order.PaidUtc is not null)
        {
            return order.PaymentSessionId == payment.SessionId
                ? new PaymentOutcome(PaymentResult.AlreadyPaid, order.Status)
                : new PaymentOutcome(PaymentResult.NotPayable, order.Status, "The order was already paid through another checkout.");
        }

        PaymentOutcome? outcome = null;
        await db.AllOrNothingAsync(async () =>
        {
            // The facts first, guarded by "not paid yet": of two deliveries at once only one gets past here.
            var claimed = await db.Set<Order>().Where(o => o.Id == order.Id && o.PaidUtc == null).ExecuteUpdateAsync(s => s
                .SetProperty(o => o.PaidUtc, payment.PaidUtc).SetProperty(o => o.PaymentProvider, payment.Provider)
                .SetProperty(o => o.PaymentSessionId, payment.SessionId).SetProperty(o => o.PaymentIntentId, payment.PaymentIntentId), cancellationToken);
            if (claimed == 0)
            {
                outcome = new PaymentOutcome(PaymentResult.AlreadyPaid, await StatusOfAsync(order.Id, cancellationToken));
                return false;
            }

            // The payment date counts as money taken even when the order cannot move to Paid (a cancelled one: refund due).
            var paid = await rollup.ReadAsync(order.Id, cancellationToken);

            // Twice at most: the hold expiry job may move a Pending order to Expired between the read and the move.
            OrderStatus? status = paid.Status;
            for (var attempt = 0; outcome is null && attempt < 2 && status is OrderStatus.Pending or OrderStatus.Expired; attempt++)
            {
                var note = status == OrderStatus.Expired ? "Paid after the hold lapsed; the items were still in stock." : payment.Note;
                var moved = await transitions.ApplyAsync(order.Id, OrderStatus.Paid, OrderActor.Payments, By, note, cancellationToken);
                if (moved.Result == TransitionResult.Done)
                {
                    outcome = new PaymentOutcome(PaymentResult.Paid, OrderStatus.Paid);
                }
                else if (moved.Status == status)
                {
                    outcome = new PaymentOutcome(PaymentResult.NotPayable, status, moved.Message);
                }

                status = moved.Status;
            }

            outcome ??= new PaymentOutcome(PaymentResult.NotPayable, status, $"The order is {status}, so it cannot take a payment.");
            // Added after the transition (additions commute), so this transaction takes the rollup's rows after the stock rows.
            await rollup.ChangedAsync(paid with { PaidUtcSet = false }, paid, cancellationToken);
            return true;
        }, cancellationToken);
        return outcome!;
    }

    public async Task<RefundOutcome> RecordRefundAsync(string number, long amount, string by, string? reason, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().Where(o => o.Number == number).Select(o => new { o.Id, o.Currency }).FirstOrDefaultAsync(cancellationToken);
        if (order is null)
        {
            return new RefundOutcome(false, null, 0, "No such order.");
        }

        if (amount <= 0)
        {
            return new RefundOutcome(false, null, 0, "A refund is a positive amount.");
        }

        RefundOutcome? outcome = null;
        await db.AllOrNothingAsync(async () =>
        {
            var now = time.GetUtcNow().UtcDateTime;
            // Conditional: never more than was paid, however many refunds race.
            var added = await db.Set<Order>().Where(o => o.Id == order.Id && o.PaidUtc != null && o.RefundedAmount + amount <= o.Total)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.RefundedAmount, o => o.RefundedAmount + amount).SetProperty(o => o.UpdatedUtc, now), cancellationToken);
            var state = await db.Set<Order>().Where(o => o.Id == order.Id).Select(o => new { o.Status, o.RefundedAmount, o.Total }).FirstAsync(cancellationToken);
            if (added == 0)
            {
                outcome = new RefundOutcome(false, state.Status, state.RefundedAmount, $"At most {new Core.Money.Money(state.Total - state.RefundedAmount, order.Currency)} can still be refunded.");
                return false;
            }

            // Each refund is a credit note of its own, numbered and stored in this same transaction, and mailed with it.
            var creditNote = await documents.IssueCreditNoteAsync(order.Id, amount, cancellationToken);
            await emails.QueueRefundAsync(order.Id, amount, creditNote, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            var text = $"Refunded {new Core.Money.Money(amount, order.Currency)}" + (string.IsNullOrWhiteSpace(reason) ? "" : $": {reason.Trim()}");
            var refunded = await rollup.ReadAsync(order.Id, cancellationToken);
            if (state.RefundedAmount < state.Total)
            {
                await rollup.ChangedAsync(refunded with { Refunded = refunded.Refunded - amount }, refunded, cancellationToken);
                db.Set<OrderHistoryEntry>().Add(new OrderHistoryEntry { OrderId = order.Id, From = state.Status, To = state.Status, AtUtc = now, By = by, Note = text });
                await db.SaveChangesAsync(cancellationToken);
                outcome = new RefundOutcome(true, state.Status, state.RefundedAmount);
                return true;
            }

            var moved = await transitions.ApplyAsync(order.Id, OrderStatus.Refunded, OrderActor.Payments, by, text, cancellationToken);
            outcome = new RefundOutcome(moved.Result == TransitionResult.Done, moved.Status, state.RefundedAmount, moved.Message);
            if (moved.Result == TransitionResult.Done)
            {
                // After the transition, which counted the order at its old refunded amount: additions commute.
                await rollup.ChangedAsync(refunded with { Refunded = refunded.Refunded - amount }, refunded, cancellationToken);
            }

            return moved.Result == TransitionResult.Done;
        }, cancellationToken);
        notifier.Changed(order.Id);
        return outcome!;
    }

    public Task SetAttentionAsync(string number, string? note, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Number == number)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.AttentionNote, note is null ? null : note.Length > 500 ? note[..500] : note), cancellationToken);

    private Task<OrderStatus> StatusOfAsync(int orderId, CancellationToken cancellationToken) =>
        db.Set<Order>().Where(o => o.Id == orderId).Select(o => o.Status).FirstAsync(cancellationToken);
}
