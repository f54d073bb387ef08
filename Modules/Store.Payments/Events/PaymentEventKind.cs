namespace Store.Payments.Events;

internal enum PaymentEventKind
{
    /// <summary>An event type the shop does not act on: acknowledged, nothing stored.</summary>
    Ignored,

    /// <summary>The money arrived (Stripe: completed with <c>payment_status</c> paid, or async payment succeeded).</summary>
    Paid,

    /// <summary>Checkout finished but the money is on its way (a bank debit): nothing changes until it lands or fails.</summary>
    Processing,

    /// <summary>The payment failed or the shopper declined: the order stays payable while its hold lasts.</summary>
    Failed,

    /// <summary>The session ended unpaid: the hold is released when this was the order's current session.</summary>
    SessionExpired,

    /// <summary>Money went back (Stripe's <c>charge.refunded</c>, including refunds made in its dashboard).</summary>
    Refunded,
}
