using global::Stripe;
using global::Stripe.Checkout;
using Store.Payments.Events;
using Store.Payments.Providers;

namespace Store.Payments.Stripe;

/// <summary>Stripe's events in the shop's words (<see cref="PaymentEvent"/>); types the shop does not act on become <see cref="PaymentEventKind.Ignored"/>.</summary>
internal static class StripeEvents
{
    public static PaymentEvent Translate(Event stripeEvent)
    {
        var occurred = DateTime.SpecifyKind(stripeEvent.Created, DateTimeKind.Utc);
        PaymentEvent Make(PaymentEventKind kind) => new(stripeEvent.Id, PaymentProviders.StripeName, stripeEvent.Type, kind, occurred);
        switch (stripeEvent.Data?.Object)
        {
            case Session session when stripeEvent.Type.StartsWith("checkout.session.", StringComparison.Ordinal):
                var kind = stripeEvent.Type switch
                {
                    // Paid only when Stripe says the money is there; a bank debit completes "unpaid" and pays later.
                    EventTypes.CheckoutSessionCompleted => session.PaymentStatus == "paid" ? PaymentEventKind.Paid : PaymentEventKind.Processing,
                    EventTypes.CheckoutSessionAsyncPaymentSucceeded => PaymentEventKind.Paid,
                    EventTypes.CheckoutSessionAsyncPaymentFailed => PaymentEventKind.Failed,
                    EventTypes.CheckoutSessionExpired => PaymentEventKind.SessionExpired,
                    _ => PaymentEventKind.Ignored,
                };
                var number = session.ClientReferenceId ?? session.Metadata?.GetValueOrDefault(CheckoutSessionOptions.OrderNumberKey);
                return Make(kind) with { SessionId = session.Id, OrderNumber = number, PaymentIntentId = session.PaymentIntentId };
            case Charge charge when stripeEvent.Type == EventTypes.ChargeRefunded:
                return Make(PaymentEventKind.Refunded) with
                {
                    ChargeId = charge.Id,
                    PaymentIntentId = charge.PaymentIntentId,
                    AmountRefunded = charge.AmountRefunded,
                    Refunds = charge.Refunds?.Data?.Where(r => r.Status is "succeeded" or "pending").Select(r => new ProviderRefund(r.Id, r.Amount)).ToList() ?? [],
                };
            default:
                return Make(PaymentEventKind.Ignored);
        }
    }
}
