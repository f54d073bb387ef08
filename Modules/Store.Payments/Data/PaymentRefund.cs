namespace Store.Payments.Data;

/// <summary>A refund counted on its order: the provider's reference is unique, so Stripe's echo of our own refund adds nothing.</summary>
internal sealed class PaymentRefund
{
    public int Id { get; set; }

    public required string OrderNumber { get; set; }

    public required string Reference { get; set; }

    public long Amount { get; set; }

    public string? Reason { get; set; }

    public required string By { get; set; }

    public DateTime CreatedUtc { get; set; }
}
