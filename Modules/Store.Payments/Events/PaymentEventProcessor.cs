using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Payments.Providers;
using Store.Payments.Refunds;

namespace Store.Payments.Events;

/// <summary>
/// Fulfilment, one code path for every provider (README, "Exactly once"): in one transaction the event's id is
/// stored (primary key: a second delivery, even at the same moment on another node, fails here and is only
/// acknowledged) and the order is moved through Orders' transition table. Whatever fails rolls back the event
/// row too, so the provider's retry gets another go.
/// </summary>
internal sealed class PaymentEventProcessor(StoreDbContext db, IOrderPayments orders, IOrderWorkflow workflow, Refunder refunder, RefundLedger ledger, TimeProvider time, ILogger<PaymentEventProcessor> logger)
{
    public async Task<EventHandling> HandleAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        if (e.Kind == PaymentEventKind.Ignored)
        {
            return EventHandling.Ignored;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Set<PaymentEventRecord>().Add(new PaymentEventRecord { EventId = e.Id, Provider = e.Provider, Type = e.Type, OrderNumber = e.OrderNumber, ReceivedUtc = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return EventHandling.Duplicate;
        }

        await ActAsync(e, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return EventHandling.Handled;
    }

    private async Task ActAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        if (e.Kind == PaymentEventKind.Refunded)
        {
            await RefundedAsync(e, cancellationToken);
            return;
        }

        // Session events: our own record of the session names the order (metadata only confirms it).
        var session = e.SessionId is null ? null : await db.Set<PaymentSession>().AsNoTracking().FirstOrDefaultAsync(s => s.SessionId == e.SessionId, cancellationToken);
        if (session is null || (e.OrderNumber is not null && e.OrderNumber != session.OrderNumber))
        {
            logger.LogWarning("Payment event {EventId} ({Type}) names session {SessionId}, which is not one of ours; nothing changed", e.Id, e.Type, e.SessionId);
            return;
        }

        switch (e.Kind)
        {
            case PaymentEventKind.Paid:
                await SetStatusAsync(session, PaymentSessionStatus.Paid, cancellationToken);
                await PaidAsync(session, e, cancellationToken);
                break;
            case PaymentEventKind.Processing:
                await SetStatusAsync(session, PaymentSessionStatus.Processing, cancellationToken);
                break;
            case PaymentEventKind.Failed:
                await SetStatusAsync(session, PaymentSessionStatus.Failed, cancellationToken);
                break;
            case PaymentEventKind.SessionExpired:
                await SetStatusAsync(session, PaymentSessionStatus.Expired, cancellationToken);
                var order = await orders.FindAsync(session.OrderNumber, cancellationToken);
                // Only the order's current session ends the hold: an older attempt expiring changes nothing.
                if (order is { Status: OrderStatus.Pending } && order.PaymentSessionId == session.SessionId)
                {
                    await workflow.TransitionAsync(order.Number, OrderStatus.Expired, OrderActor.Payments, "payments", "The checkout session expired; the items were released.", cancellationToken);
                }

                break;
        }
    }

    private async Task PaidAsync(PaymentSession session, PaymentEvent e, CancellationToken cancellationToken)
    {
        var outcome = await orders.MarkPaidAsync(session.OrderNumber, new OrderPayment(e.OccurredUtc, e.Provider, session.SessionId, e.PaymentIntentId), cancellationToken);
        if (outcome.Result != PaymentResult.NotPayable)
        {
            return;
        }

        // Money for an order that cannot take it (cancelled, its lapsed hold's stock gone, paid twice): flag and give it back.
        var order = (await orders.FindAsync(session.OrderNumber, cancellationToken))!;
        logger.LogWarning("Order {Number} was paid through session {SessionId} but cannot take it ({Reason}); refunding", order.Number, session.SessionId, outcome.Message);
        await orders.SetAttentionAsync(order.Number, $"A payment arrived that the order could not take ({outcome.Message}); it was refunded in full automatically.", cancellationToken);
        if (e.PaymentIntentId is { } payment)
        {
            var countsOnOrder = order.PaymentSessionId == session.SessionId;
            await refunder.RefundUnpayableAsync(order, session.SessionId, payment, countsOnOrder, cancellationToken);
        }
    }

    private async Task RefundedAsync(PaymentEvent e, CancellationToken cancellationToken)
    {
        if (e.PaymentIntentId is null || await orders.NumberOfPaymentAsync(e.PaymentIntentId, cancellationToken) is not { } number)
        {
            return;
        }

        const string Reason = "Refunded through the payment provider";
        if (e.Refunds.Count > 0)
        {
            foreach (var refund in e.Refunds)
            {
                await ledger.RecordAsync(number, refund, e.Provider, Reason, cancellationToken);
            }

            return;
        }

        // The event did not list the refunds: count what the charge says beyond what is already counted.
        var missing = e.AmountRefunded - await ledger.RecordedAsync(number, cancellationToken);
        if (missing > 0)
        {
            await ledger.RecordAsync(number, new ProviderRefund($"{e.ChargeId}:{e.AmountRefunded}", missing), e.Provider, Reason, cancellationToken);
        }
    }

    // A paid session stays paid whatever arrives after (events come in any order).
    private async Task SetStatusAsync(PaymentSession session, PaymentSessionStatus status, CancellationToken cancellationToken) =>
        await db.Set<PaymentSession>().Where(s => s.Id == session.Id && s.Status != PaymentSessionStatus.Paid).ExecuteUpdateAsync(s => s.SetProperty(x => x.Status, status), cancellationToken);
}
