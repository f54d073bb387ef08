using global::Stripe;
using global::Stripe.Checkout;
using Store.Payments.Providers;

namespace Store.Payments.Stripe;

/// <summary>Stripe Checkout and refunds through Stripe.net, every call with an idempotency key so a retry never charges or refunds twice.</summary>
internal sealed class StripePaymentProvider(IStripeClient client) : IPaymentProvider
{
    public string Name => PaymentProviders.StripeName;

    public async Task<ProviderSession> CreateSessionAsync(SessionRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var session = await new SessionService(client).CreateAsync(CheckoutSessionOptions.For(request), new RequestOptions { IdempotencyKey = idempotencyKey }, cancellationToken);
        return new ProviderSession(session.Id, session.Url);
    }

    public async Task<ProviderRefund> RefundAsync(RefundRequest request, string idempotencyKey, CancellationToken cancellationToken)
    {
        var refund = await new RefundService(client).CreateAsync(
            new RefundCreateOptions
            {
                PaymentIntent = request.PaymentIntentId,
                Amount = request.Amount,
                Reason = "requested_by_customer",
                Metadata = new Dictionary<string, string> { [CheckoutSessionOptions.OrderNumberKey] = request.OrderNumber },
            },
            new RequestOptions { IdempotencyKey = idempotencyKey },
            cancellationToken);
        return new ProviderRefund(refund.Id, refund.Amount);
    }
}
