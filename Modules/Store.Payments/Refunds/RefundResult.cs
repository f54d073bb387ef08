namespace Store.Payments.Refunds;

internal enum RefundStatus
{
    Done,
    NotFound,
    Invalid,
    Conflict,
    ProviderFailed,
}

/// <summary>What a staff refund or cancel did, with the message to show when it did not.</summary>
internal sealed record RefundResult(RefundStatus Status, string? Message = null);
