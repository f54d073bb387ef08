namespace Store.Payments.Data;

/// <summary>Open (the shopper may still pay there), processing (an async method such as a bank debit), paid, failed or expired.</summary>
internal enum PaymentSessionStatus
{
    Open,
    Processing,
    Paid,
    Failed,
    Expired,
}
