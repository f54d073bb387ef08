using Store.EndToEnd.Catalog;
using Store.Tests.Payments;

namespace Store.EndToEnd.Payments;

/// <summary>The catalog shop with Stripe configured against <see cref="FakeStripe"/> on loopback (its hosted page included).</summary>
public sealed class StripeShopServer : CatalogShopServer
{
    public StripeShopServer()
    {
        Stripe = FakeStripe.Start();
        Setting("Stripe:SecretKey", "sk_test_fake_e2e");
        Setting("Stripe:WebhookSecret", PaymentsAppFactory.WebhookSecret);
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
