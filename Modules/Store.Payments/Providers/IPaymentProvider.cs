namespace Store.Payments.Providers;

/// <summary>
/// A way to take and give back money (Stripe, or the offline provider for development and demos). What it
/// reports comes back as <see cref="Events.PaymentEvent"/>s, handled the same way whichever provider sent them.
/// </summary>
internal interface IPaymentProvider
{
    /// <summary>Stored on the order: <c>stripe</c> or <c>offline</c>.</summary>
    string Name { get; }

    /// <summary>Opens a hosted checkout; the same <paramref name="idempotencyKey"/> answers the same session.</summary>
    Task<ProviderSession> CreateSessionAsync(SessionRequest request, string idempotencyKey, CancellationToken cancellationToken);

    /// <summary>Gives money back; the same <paramref name="idempotencyKey"/> answers the same refund.</summary>
    Task<ProviderRefund> RefundAsync(RefundRequest request, string idempotencyKey, CancellationToken cancellationToken);
}
