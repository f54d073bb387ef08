namespace Store.Orders.Emails;

/// <summary>What <c>Email/OrderRefunded</c> sees: the amount refunded now and the credit note attached.</summary>
public sealed record RefundEmail(string Number, string Name, string Url, long Amount, string Currency, string DocumentNumber);
