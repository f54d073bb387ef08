namespace Store.Orders.Invoices;

/// <summary>The <c>Invoices</c> configuration section: who sells (printed on every document) and how documents are numbered.</summary>
public sealed class InvoicesOptions
{
    public const string Section = "Invoices";

    /// <summary>The seller's legal name, e.g. <c>Store SAS</c>.</summary>
    public string SellerName { get; set; } = "Store";

    /// <summary>The seller's postal address; one line per entry.</summary>
    public List<string> SellerAddress { get; set; } = [];

    /// <summary>The seller's VAT identification number (e.g. <c>FR12345678901</c>); left off the document when empty.</summary>
    public string SellerVatNumber { get; set; } = string.Empty;

    /// <summary>Another registration the law asks for (company register, SIRET, EIN), printed as given.</summary>
    public string SellerTaxNumber { get; set; } = string.Empty;

    public string SellerEmail { get; set; } = string.Empty;

    /// <summary>What stands before an invoice's sequence; <c>{year}</c> becomes the year: <c>INV-{year}-</c> gives <c>INV-2026-000123</c>.</summary>
    public string InvoicePrefix { get; set; } = "INV-{year}-";

    /// <summary>The same for credit notes, a series of their own.</summary>
    public string CreditNotePrefix { get; set; } = "CN-{year}-";

    /// <summary>Digits of the sequence, padded with zeros.</summary>
    public int Digits { get; set; } = 6;
}
