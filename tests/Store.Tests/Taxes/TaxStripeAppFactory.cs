using Store.Tests.Payments;

namespace Store.Tests.Taxes;

/// <summary>A shop with the fake Stripe, its prices without tax (US style).</summary>
public sealed class TaxStripeAppFactory : PaymentsAppFactory;
