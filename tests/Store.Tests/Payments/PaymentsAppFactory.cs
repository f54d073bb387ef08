using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Payments;

/// <summary>A shop whose Stripe keys are set and whose Stripe API is <see cref="FakeStripe"/> on loopback.</summary>
public class PaymentsAppFactory : ShopAppFactory
{
    public const string WebhookSecret = "whsec_test_5Fz0kqHR2tCuEd3vNpXo";

    public PaymentsAppFactory()
        : this(sharedDatabase: null)
    {
    }

    protected PaymentsAppFactory(TestDatabase? sharedDatabase)
        : base(sharedDatabase)
    {
        Stripe = FakeStripe.Start();
        Setting("Stripe:SecretKey", "sk_test_fake_51Hx");
        Setting("Stripe:WebhookSecret", WebhookSecret);
        Setting("Stripe:ApiBase", Stripe.BaseUrl);
        Setting("Stripe:CheckoutOrigin", Stripe.BaseUrl);
    }

    public FakeStripe Stripe { get; }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await Stripe.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
