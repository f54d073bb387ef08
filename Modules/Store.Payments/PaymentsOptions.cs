using Store.Payments.Stripe;

namespace Store.Payments;

/// <summary>The <c>Stripe</c> section; without its two keys the offline provider takes payments.</summary>
internal sealed class PaymentsOptions
{
    public StripeOptions Stripe { get; init; } = new();
}
