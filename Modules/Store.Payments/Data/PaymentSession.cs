namespace Store.Payments.Data;

/// <summary>
/// One attempt to pay an order: the provider's session, the page it lives at and where it stands. Attempts are
/// numbered per order; the number is part of the provider's idempotency key, so a retried Pay reuses it.
/// </summary>
internal sealed class PaymentSession
{
    public int Id { get; set; }

    public required string OrderNumber { get; set; }

    public int Attempt { get; set; }

    public required string Provider { get; set; }

    public required string SessionId { get; set; }

    public required string Url { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public PaymentSessionStatus Status { get; set; }

    public DateTime CreatedUtc { get; set; }
}
