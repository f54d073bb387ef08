namespace Store.Orders.Contracts;

/// <summary>
/// What Payments does with a received return when staff refund it: claim it (Received → Refunded, so of two clicks
/// one refunds), refund through its own flow (partial refund, credit note, email), then complete (history and the
/// return's email) or, when the provider refused, release it back to Received.
/// </summary>
public interface IOrderReturns
{
    /// <summary>The order number of a return that is Received, or null (no such return, or not at that step).</summary>
    Task<string?> OrderOfReceivedAsync(string returnNumber, CancellationToken cancellationToken);

    /// <summary>Null when this call claimed the refund of <paramref name="amount"/>; otherwise why not.</summary>
    Task<string?> ClaimRefundAsync(string returnNumber, long amount, string by, CancellationToken cancellationToken);

    Task CompleteRefundAsync(string returnNumber, string by, CancellationToken cancellationToken);

    Task ReleaseRefundAsync(string returnNumber, CancellationToken cancellationToken);
}
