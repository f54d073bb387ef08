namespace Store.Orders.Invoices;

/// <summary>One line of an invoice or credit note: net, tax rate (percent), tax and gross in minor units; <see cref="Gross"/> = <see cref="Net"/> + <see cref="Tax"/>.</summary>
internal sealed record DocumentLine(string Description, string Detail, int? Quantity, long Net, decimal Rate, long Tax, long Gross);
