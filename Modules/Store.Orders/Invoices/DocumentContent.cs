namespace Store.Orders.Invoices;

/// <summary>What an invoice or credit note says, before it is drawn as a PDF.</summary>
internal sealed record DocumentContent(
    DocumentKind Kind,
    string Number,
    DateTime IssuedUtc,
    string OrderNumber,
    DateTime? PaidUtc,
    string? RefersTo,
    string Currency,
    bool PricesIncludeTax,
    IReadOnlyList<string> Buyer,
    string BuyerEmail,
    IReadOnlyList<DocumentLine> Lines)
{
    public IReadOnlyList<TaxSummaryRow> Summary => Lines.GroupBy(l => l.Rate).OrderBy(g => g.Key)
        .Select(g => new TaxSummaryRow(g.Key, g.Sum(l => l.Net), g.Sum(l => l.Tax), g.Sum(l => l.Gross))).ToList();

    public long Net => Lines.Sum(l => l.Net);

    public long Tax => Lines.Sum(l => l.Tax);

    public long Gross => Lines.Sum(l => l.Gross);
}
