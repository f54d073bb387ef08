using Store.Tests.Payments;

namespace Store.Tests.Promotions;

/// <summary>A shop with the fake Stripe and the tax tests' rate table, for discounted orders that are paid.</summary>
public sealed class CouponStripeAppFactory : PaymentsAppFactory;
