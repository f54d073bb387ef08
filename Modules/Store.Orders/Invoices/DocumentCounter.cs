namespace Store.Orders.Invoices;

/// <summary>
/// The last number drawn in one series and year. Incremented by a conditional update inside the transaction
/// that issues the document, so the row stays locked until that transaction ends: numbers are unique and,
/// since a rolled-back transaction rolls the counter back too, without gaps (Invoices in the module README).
/// </summary>
internal sealed class DocumentCounter
{
    public DocumentKind Kind { get; set; }

    public int Year { get; set; }

    public long Last { get; set; }
}
