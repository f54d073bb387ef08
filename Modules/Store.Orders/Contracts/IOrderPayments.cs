namespace Store.Orders.Contracts;

/// <summary>
/// What the Payments module reads and writes on an order, without reaching into the Orders tables: the payable
/// snapshot, the provider's session, the payment itself (Pending to Paid through the transition table) and
/// refunds. Each write joins the caller's transaction when one is open, so a webhook event and its effect
/// commit together.
/// </summary>
public interface IOrderPayments
{
    /// <summary>The order as a payment needs it, or null when there is no such order.</summary>
    Task<PayableOrder?> FindAsync(string number, CancellationToken cancellationToken);

    /// <summary>The number of the order paid by <paramref name="paymentIntentId"/>, or null.</summary>
    Task<string?> NumberOfPaymentAsync(string paymentIntentId, CancellationToken cancellationToken);

    /// <summary>Remembers the checkout session the shopper was sent to (the latest one wins).</summary>
    Task SaveSessionAsync(string number, string provider, string sessionId, CancellationToken cancellationToken);

    /// <summary>
    /// Records a payment: a <c>Pending</c> order becomes <c>Paid</c> (its stock hold becomes a sale); an
    /// <c>Expired</c> one becomes <c>Paid</c> only when its stock can be taken again. Anything else keeps its
    /// status and answers why, with the payment facts saved so the payment can be refunded.
    /// </summary>
    Task<PaymentOutcome> MarkPaidAsync(string number, OrderPayment payment, CancellationToken cancellationToken);

    /// <summary>
    /// Adds a refund to the order: the refunded amount grows, a history row names the amount, and the order
    /// becomes <c>Refunded</c> once all of it is back. Refused when the amount exceeds what is left.
    /// </summary>
    Task<RefundOutcome> RecordRefundAsync(string number, long amount, string by, string? reason, CancellationToken cancellationToken);

    /// <summary>Sets (or clears, with null) the note that tells staff to look at the order.</summary>
    Task SetAttentionAsync(string number, string? note, CancellationToken cancellationToken);
}
