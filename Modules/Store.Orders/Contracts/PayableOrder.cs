namespace Store.Orders.Contracts;

/// <summary>An order as a payment provider needs it: amounts in minor units of <see cref="Currency"/>, lines as copied at checkout.</summary>
public sealed record PayableOrder(
    string Number,
    string UserId,
    string Email,
    OrderStatus Status,
    string Currency,
    IReadOnlyList<PayableLine> Lines,
    long Shipping,
    long Total,
    DateTime? HoldExpiresUtc,
    string? PaymentProvider,
    string? PaymentSessionId,
    string? PaymentIntentId,
    DateTime? PaidUtc,
    long RefundedAmount,
    string? AttentionNote)
{
    /// <summary>What may still be refunded.</summary>
    public long Refundable => PaidUtc is null ? 0 : Total - RefundedAmount;
}
