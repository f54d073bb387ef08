namespace Store.Payments.Providers;

/// <summary>
/// The provider new payments go through (<see cref="Current"/>: Stripe when its keys are set, offline otherwise)
/// and the one an order was paid with, for its refunds.
/// </summary>
internal sealed class PaymentProviders(IEnumerable<IPaymentProvider> all, PaymentsOptions options)
{
    public IPaymentProvider Current { get; } = all.First(p => p.Name == (options.Stripe.Configured ? StripeName : OfflineName));

    public const string StripeName = "stripe";

    public const string OfflineName = "offline";

    public IPaymentProvider? For(string? name) => all.FirstOrDefault(p => p.Name == name);
}
