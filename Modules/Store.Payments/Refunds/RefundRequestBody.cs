namespace Store.Payments.Refunds;

/// <summary><c>{ "amount": 1250, "reason": "…" }</c>: minor units; no amount refunds everything left.</summary>
internal sealed record RefundRequestBody(long? Amount, string? Reason);
