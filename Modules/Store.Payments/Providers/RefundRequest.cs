namespace Store.Payments.Providers;

/// <summary>A refund of <see cref="Amount"/> minor units of the payment <see cref="PaymentIntentId"/>.</summary>
internal sealed record RefundRequest(string OrderNumber, string PaymentIntentId, long Amount);
