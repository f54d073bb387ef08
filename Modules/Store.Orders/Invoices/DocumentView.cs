namespace Store.Orders.Invoices;

/// <summary>An issued document as listed on the order: <see cref="Kind"/> is <c>invoice</c> or <c>credit_note</c>.</summary>
public sealed record DocumentView(string Number, string Kind, DateTime IssuedUtc, long Total, string Currency);
