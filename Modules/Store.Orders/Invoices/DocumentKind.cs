namespace Store.Orders.Invoices;

/// <summary>An invoice (issued when an order is paid) or a credit note (issued for each refund); each has its own numbering series.</summary>
internal enum DocumentKind
{
    Invoice,
    CreditNote,
}
