using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;
using Store.Core.Data;
using Store.Core.Money;
using Store.Orders.Contracts;
using Store.Payments.Providers;

namespace Store.Payments.Refunds;

/// <summary>
/// Staff refunds (full or partial) and staff cancel of a paid order. The provider is called inside the
/// database transaction that records the result: when it fails nothing is recorded, and when two requests race
/// the order row's conditional updates let one through, whose idempotency key makes one refund.
/// </summary>
internal sealed class Refunder(StoreDbContext db, IOrderPayments orders, IOrderWorkflow workflow, PaymentProviders providers, RefundLedger ledger, ILogger<Refunder> logger, IStringLocalizer<Refunder> localizer)
{
    public async Task<RefundResult> RefundAsync(string number, long? amount, string? reason, string by, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(number, cancellationToken) is not { } order)
        {
            return new RefundResult(RefundStatus.NotFound, localizer["No such order."]);
        }

        if (order.PaidUtc is null || order.PaymentIntentId is null)
        {
            return new RefundResult(RefundStatus.Conflict, localizer["This order has not been paid, so there is nothing to refund."]);
        }

        if (order.Refundable == 0)
        {
            return new RefundResult(RefundStatus.Conflict, localizer["This order has already been refunded in full."]);
        }

        var wanted = amount ?? order.Refundable;
        if (wanted <= 0 || wanted > order.Refundable)
        {
            return new RefundResult(RefundStatus.Invalid, localizer["Give an amount from 1 to {0} (minor units); leave it out to refund everything left.", order.Refundable]);
        }

        // A three-decimal currency is charged and refunded in steps of 10 (Money.ChargeStepOf); what is left is always one.
        if (wanted % Money.ChargeStepOf(order.Currency) != 0)
        {
            return new RefundResult(RefundStatus.Invalid, localizer["Give an amount in steps of {0} (minor units of {1}).", Money.ChargeStepOf(order.Currency), order.Currency]);
        }

        // "This much on top of what was refunded so far": a double submit makes one refund, a later one another.
        var key = $"refund-{number}-after-{order.RefundedAmount}-{wanted}";
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var result = await RefundInTransactionAsync(order, wanted, key, by, reason, cancellationToken);
        if (result.Status == RefundStatus.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }

    /// <summary>Cancels an order for staff: a pending one simply, a paid one with a full refund, its stock back once.</summary>
    public async Task<RefundResult> CancelAsync(string number, string by, string? reason, CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(number, cancellationToken) is not { } order)
        {
            return new RefundResult(RefundStatus.NotFound, localizer["No such order."]);
        }

        var note = string.IsNullOrWhiteSpace(reason) ? "Cancelled by the shop" : "Cancelled by the shop: " + reason.Trim();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // The conditional status update decides: of two cancels at once, the second waits for the first and is refused.
        var moved = await workflow.TransitionAsync(number, OrderStatus.Cancelled, OrderActor.Staff, by, note, cancellationToken);
        if (moved.Result != TransitionResult.Done)
        {
            return new RefundResult(RefundStatus.Conflict, moved.Message);
        }

        if (order.PaidUtc is not null && order.PaymentIntentId is not null && order.Refundable > 0)
        {
            var refunded = await RefundInTransactionAsync(order, order.Refundable, $"refund-{number}-cancel", by, "Order cancelled by the shop", cancellationToken);
            if (refunded.Status != RefundStatus.Done)
            {
                return refunded;
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return new RefundResult(RefundStatus.Done);
    }

    /// <summary>Refunds a payment that arrived for an order that cannot take it; any failure throws so the event is retried.</summary>
    public async Task RefundUnpayableAsync(PayableOrder order, string sessionId, string paymentIntentId, bool countsOnOrder, CancellationToken cancellationToken)
    {
        var provider = providers.For(order.PaymentProvider) ?? providers.Current;
        var refund = await provider.RefundAsync(new RefundRequest(order.Number, paymentIntentId, order.Total), $"refund-{order.Number}-unpayable-{sessionId}", cancellationToken);
        if (countsOnOrder)
        {
            await ledger.RecordAsync(order.Number, refund, "payments", "Paid when the order could no longer take it: refunded automatically", cancellationToken);
        }
    }

    private async Task<RefundResult> RefundInTransactionAsync(PayableOrder order, long amount, string key, string by, string? reason, CancellationToken cancellationToken)
    {
        if (providers.For(order.PaymentProvider) is not { } provider)
        {
            return new RefundResult(RefundStatus.ProviderFailed, localizer["The order was paid through {0}, which is not configured here.", order.PaymentProvider ?? ""]);
        }

        ProviderRefund refund;
        try
        {
            refund = await provider.RefundAsync(new RefundRequest(order.Number, order.PaymentIntentId!, amount), key, cancellationToken);
        }
        catch (global::Stripe.StripeException ex)
        {
            logger.LogWarning(ex, "Stripe refused the refund of order {Number}", order.Number);
            return new RefundResult(RefundStatus.ProviderFailed, localizer["Stripe refused the refund: {0}", ex.Message]);
        }

        var recorded = await ledger.RecordAsync(order.Number, refund, by, reason, cancellationToken);
        // Null: this very refund was already counted (a double submit that Stripe answered with the same refund).
        return recorded is null || recorded.Done ? new RefundResult(RefundStatus.Done) : new RefundResult(RefundStatus.Conflict, recorded.Message);
    }
}
