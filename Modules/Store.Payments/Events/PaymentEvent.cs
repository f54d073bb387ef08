using Store.Payments.Providers;

namespace Store.Payments.Events;

/// <summary>
/// What a provider reported, in the shop's words: Stripe's webhook events and the offline page's choices both
/// become one of these, so fulfilment is one code path. <see cref="OccurredUtc"/> is the provider's time.
/// </summary>
internal sealed record PaymentEvent(string Id, string Provider, string Type, PaymentEventKind Kind, DateTime OccurredUtc)
{
    public string? OrderNumber { get; init; }

    public string? SessionId { get; init; }

    public string? PaymentIntentId { get; init; }

    /// <summary>For <see cref="PaymentEventKind.Refunded"/>: the charge, its refunds when listed, and the total refunded so far.</summary>
    public string? ChargeId { get; init; }

    public IReadOnlyList<ProviderRefund> Refunds { get; init; } = [];

    public long AmountRefunded { get; init; }
}
