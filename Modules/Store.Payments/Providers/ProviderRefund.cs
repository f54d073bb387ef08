namespace Store.Payments.Providers;

/// <summary>A refund the provider made: its reference (Stripe's <c>re_…</c>) and amount; the reference counts it once.</summary>
internal sealed record ProviderRefund(string Reference, long Amount);
