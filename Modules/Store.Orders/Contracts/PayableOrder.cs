namespace Store.Orders.Contracts;

/// <summary>
/// An order as a payment provider needs it: amounts in minor units of <see cref="Currency"/>, lines as copied at
/// checkout. <see cref="TaxAdded"/> is the tax charged on top of the lines and shipping (prices without tax); it
/// is 0 when prices include tax. What the lines charge (<see cref="PayableLine.Charged"/>), shipping less
/// <see cref="ShippingDiscount"/> and <see cref="TaxAdded"/> add up to <see cref="Total"/>.
/// </summary>
public sealed record PayableOrder(
    string Number,
    string? UserId,
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
    string? AttentionNote,
    long TaxAdded = 0,
    long ShippingDiscount = 0)
{
    /// <summary>What the order charges: the sum that must equal <see cref="Total"/> (a payment is refused otherwise).</summary>
    public long ChargedSum => Lines.Sum(l => l.Charged) + Shipping - ShippingDiscount + TaxAdded;

    /// <summary>What may still be refunded.</summary>
    public long Refundable => PaidUtc is null ? 0 : Total - RefundedAmount;
}
