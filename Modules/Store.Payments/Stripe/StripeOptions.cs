namespace Store.Payments.Stripe;

/// <summary>Settings <c>Stripe:*</c> (README): keys come from environment variables or user secrets, never the repository.</summary>
internal sealed class StripeOptions
{
    public const string Section = "Stripe";

    /// <summary>The secret API key (<c>sk_test_…</c> or <c>sk_live_…</c>).</summary>
    public string? SecretKey { get; init; }

    /// <summary>The webhook endpoint's signing secret (<c>whsec_…</c>).</summary>
    public string? WebhookSecret { get; init; }

    /// <summary>Where Stripe's API is; a test or a local fake points this elsewhere.</summary>
    public string? ApiBase { get; init; }

    /// <summary>The hosted checkout's origin, allowed in the pages' <c>form-action</c> so the Pay form may lead there.</summary>
    public string CheckoutOrigin { get; init; } = "https://checkout.stripe.com";

    public bool Configured => !string.IsNullOrWhiteSpace(SecretKey) && !string.IsNullOrWhiteSpace(WebhookSecret);
}
