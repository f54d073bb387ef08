namespace Store.Orders.Contracts;

/// <summary>A payment as the provider reported it: when (UTC, from its event), which provider, session and payment.</summary>
public sealed record OrderPayment(DateTime PaidUtc, string Provider, string SessionId, string? PaymentIntentId);
