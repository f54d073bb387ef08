using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Payments.Providers;

namespace Store.Payments.Refunds;

/// <summary>
/// Counts a provider's refund on its order exactly once: the refund's row (unique reference) and the order's
/// refunded amount commit together, so our own refund and Stripe's <c>charge.refunded</c> echo of it add once.
/// </summary>
internal sealed class RefundLedger(StoreDbContext db, IOrderPayments orders, TimeProvider time)
{
    /// <summary>The order's answer, or null when this refund was already counted.</summary>
    public async Task<RefundOutcome?> RecordAsync(string number, ProviderRefund refund, string by, string? reason, CancellationToken cancellationToken)
    {
        RefundOutcome? outcome = null;
        await db.AllOrNothingAsync(async () =>
        {
            db.Set<PaymentRefund>().Add(new PaymentRefund
            {
                OrderNumber = number,
                Reference = refund.Reference,
                Amount = refund.Amount,
                Reason = reason is { Length: > 500 } ? reason[..500] : reason,
                By = by,
                CreatedUtc = time.GetUtcNow().UtcDateTime,
            });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                return false;
            }

            outcome = await orders.RecordRefundAsync(number, refund.Amount, by, reason, cancellationToken);
            return outcome.Done;
        }, cancellationToken);
        return outcome;
    }

    public Task<long> RecordedAsync(string number, CancellationToken cancellationToken) =>
        db.Set<PaymentRefund>().Where(r => r.OrderNumber == number).SumAsync(r => r.Amount, cancellationToken);
}
