namespace Store.Payments.Checkout;

/// <summary>
/// The success and cancel pages' model: the order's real status (never what the return address claims), and on
/// the cancel page whether the shopper may still pay (<see cref="CanRetry"/>) or the hold has lapsed.
/// </summary>
public sealed record PaymentReturnPage(string Number, string Status, string Currency, long Total, DateTime? HoldExpiresUtc, bool CanRetry, bool Lapsed, string? Notice, string? Error)
{
    /// <summary>The order's page: <c>/account/orders/{number}</c>, or a guest's signed <c>/order/{token}</c>.</summary>
    public string Base { get; init; } = "/account/orders/" + Number;
}
