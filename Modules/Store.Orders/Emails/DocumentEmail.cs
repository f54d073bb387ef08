namespace Store.Orders.Emails;

/// <summary>What <c>Email/OrderDocument</c> sees when staff send an invoice or credit note again.</summary>
public sealed record DocumentEmail(string Number, string Name, string Url, string DocumentNumber, bool CreditNote);
