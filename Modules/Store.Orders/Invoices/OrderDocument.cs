namespace Store.Orders.Invoices;

/// <summary>
/// An issued invoice or credit note: its number and the PDF exactly as issued. Written once, in the
/// transaction of the payment or refund that caused it, and never changed or regenerated afterwards.
/// </summary>
internal sealed class OrderDocument
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public DocumentKind Kind { get; set; }

    /// <summary>What the document is called, e.g. <c>INV-2026-000123</c>; unique across kinds.</summary>
    public required string Number { get; set; }

    /// <summary>The year of the numbering series the number was drawn from.</summary>
    public int Year { get; set; }

    /// <summary>The number's place in its series and year: 1, 2, 3, … without gaps.</summary>
    public long Sequence { get; set; }

    public DateTime IssuedUtc { get; set; }

    public required string Currency { get; set; }

    /// <summary>The gross amount invoiced or credited, in minor units (positive for both kinds).</summary>
    public long Total { get; set; }

    public required byte[] Pdf { get; set; }
}
