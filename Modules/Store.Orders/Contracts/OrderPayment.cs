namespace Store.Orders.Contracts;

/// <summary>
/// A payment as the provider reported it: when (UTC, from its event), which provider, session and payment;
/// <see cref="Note"/> goes on the history row of the move to <c>Paid</c>.
/// </summary>
public sealed record OrderPayment(DateTime PaidUtc, string Provider, string SessionId, string? PaymentIntentId, string? Note = null)
{
    /// <summary>The provider name of an order whose total is zero: paid at once, no provider involved (Orders README).</summary>
    public const string NothingToPay = "none";

    /// <summary>The payment of an order that costs nothing, as placing it records it.</summary>
    public static OrderPayment OfNothing(string number, DateTime now) =>
        new(now, NothingToPay, "free-" + number, null, "Nothing to pay: the discounts cover the whole order.");
}
