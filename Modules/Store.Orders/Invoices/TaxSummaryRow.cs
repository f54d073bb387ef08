namespace Store.Orders.Invoices;

/// <summary>The VAT summary's row for one rate: the net, tax and gross of every line at that rate.</summary>
internal sealed record TaxSummaryRow(decimal Rate, long Net, long Tax, long Gross);
