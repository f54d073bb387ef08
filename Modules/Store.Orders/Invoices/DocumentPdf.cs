using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Store.Core.Money;

namespace Store.Orders.Invoices;

/// <summary>
/// Draws an invoice or credit note on A4 pages with PDFsharp (MIT, pure .NET: no browser or native library on
/// the server): seller and buyer, the lines with net, rate, tax and gross, the VAT summary by rate and the
/// totals. Called once, when the document is issued; the bytes are stored and never drawn again.
/// </summary>
internal static class DocumentPdf
{
    private const double Left = 40;
    private const double Right = 555;
    private const double Bottom = 790;

    private static readonly XFont Title = Font(18, XFontStyleEx.Bold);
    private static readonly XFont Bold = Font(9, XFontStyleEx.Bold);
    private static readonly XFont Text = Font(9, XFontStyleEx.Regular);
    private static readonly XFont Small = Font(7.5, XFontStyleEx.Regular);

    // The edges of six columns (description, quantity, net, rate, tax, gross); numbers are right-aligned at a column's right edge.
    private static readonly double[] Columns = [Left, 265, 300, 370, 420, 485, Right];

    public static byte[] Render(DocumentContent content, InvoicesOptions seller)
    {
        using var document = new PdfDocument();
        var name = content.Kind == DocumentKind.Invoice ? "Invoice" : "Credit note";
        document.Info.Title = $"{name} {content.Number}";
        document.Info.Author = seller.SellerName;
        document.Info.CreationDate = DateTime.SpecifyKind(content.IssuedUtc, DateTimeKind.Utc);
        var page = new Cursor(document);

        page.Line(name + " " + content.Number, Title, Left, 22);
        page.Line($"Date: {content.IssuedUtc:yyyy-MM-dd}   Order: {content.OrderNumber}" + (content.PaidUtc is { } paid ? $"   Paid: {paid:yyyy-MM-dd}" : ""), Text, Left, 13);
        if (content.RefersTo is not null)
        {
            page.Line("Credits invoice " + content.RefersTo, Text, Left, 13);
        }

        page.Skip(10);
        var top = page.Y;
        page.Line("Seller", Bold, Left, 12);
        foreach (var line in SellerLines(seller))
        {
            page.Line(line, Text, Left, 12);
        }

        var sellerBottom = page.Y;
        page.Y = top;
        page.Line("Bill to", Bold, 320, 12);
        foreach (var line in content.Buyer.Append(content.BuyerEmail))
        {
            page.Line(line, Text, 320, 12);
        }

        page.Y = Math.Max(page.Y, sellerBottom) + 12;
        page.Line($"Amounts in {content.Currency}; " + (content.PricesIncludeTax ? "prices include tax." : "tax is added to the prices."), Small, Left, 14);
        Header(page, ["Description", "Qty", "Net", "Rate", "Tax", "Gross"]);
        foreach (var line in content.Lines)
        {
            page.Ensure(30, () => Header(page, ["Description", "Qty", "Net", "Rate", "Tax", "Gross"]));
            page.Cell(Fit(page, line.Description, Bold, 0), Bold, 0, alignRight: false);
            page.Cell(line.Quantity?.ToString(CultureInfo.InvariantCulture) ?? "", Text, 1);
            page.Cell(Amount(line.Net, content.Currency), Text, 2);
            page.Cell(DocumentContents.Percent(line.Rate), Text, 3);
            page.Cell(Amount(line.Tax, content.Currency), Text, 4);
            page.Cell(Amount(line.Gross, content.Currency), Text, 5);
            page.Skip(11);
            if (line.Detail.Length > 0)
            {
                page.Line(Fit(page, line.Detail, Small, 0), Small, Left, 10);
            }

            page.Skip(3);
        }

        page.Rule();
        page.Ensure(40 + (14 * content.Summary.Count), () => { });
        page.Skip(6);
        page.Line("Tax summary", Bold, Left, 13);
        Header(page, ["Rate", "", "Net", "", "Tax", "Gross"]);
        foreach (var row in content.Summary)
        {
            page.Cell(DocumentContents.Percent(row.Rate), Text, 0, alignRight: false);
            page.Cell(Amount(row.Net, content.Currency), Text, 2);
            page.Cell(Amount(row.Tax, content.Currency), Text, 4);
            page.Cell(Amount(row.Gross, content.Currency), Text, 5);
            page.Skip(13);
        }

        page.Rule();
        page.Skip(6);
        Total(page, "Total net", new Money(content.Net, content.Currency).ToString(), Text);
        Total(page, "Total tax", new Money(content.Tax, content.Currency).ToString(), Text);
        Total(page, content.Kind == DocumentKind.Invoice ? "Total" : "Total credited", new Money(content.Gross, content.Currency).ToString(), Bold);

        using var stream = new MemoryStream();
        document.Save(stream, closeStream: false);
        return stream.ToArray();
    }

    // The resolver must be in place before PDFsharp resolves a font's face.
    private static XFont Font(double size, XFontStyleEx style)
    {
        PackagedFonts.Install();
        return new XFont(PackagedFonts.Family, size, style);
    }

    private static IEnumerable<string> SellerLines(InvoicesOptions seller)
    {
        yield return seller.SellerName;
        foreach (var line in seller.SellerAddress.Where(l => !string.IsNullOrWhiteSpace(l)))
        {
            yield return line;
        }

        if (seller.SellerVatNumber.Length > 0)
        {
            yield return "VAT number: " + seller.SellerVatNumber;
        }

        if (seller.SellerTaxNumber.Length > 0)
        {
            yield return seller.SellerTaxNumber;
        }

        if (seller.SellerEmail.Length > 0)
        {
            yield return seller.SellerEmail;
        }
    }

    private static void Header(Cursor page, string[] titles)
    {
        for (var i = 0; i < titles.Length; i++)
        {
            if (titles[i].Length > 0)
            {
                page.Cell(titles[i], Bold, i, alignRight: i > 0);
            }
        }

        page.Skip(4);
        page.Rule();
        page.Skip(10);
    }

    private static void Total(Cursor page, string label, string amount, XFont font)
    {
        page.Cell(label, font, 3, alignRight: false);
        page.Cell(amount, font, 5);
        page.Skip(14);
    }

    private static string Amount(long minor, string currency)
    {
        var decimals = Money.DecimalsOf(currency);
        return (minor / (decimal)Math.Pow(10, decimals)).ToString("N" + decimals, CultureInfo.InvariantCulture);
    }

    private static string Fit(Cursor page, string text, XFont font, int column)
    {
        var width = Columns[column + 1] - Columns[column] - 8;
        if (page.Width(text, font) <= width)
        {
            return text;
        }

        while (text.Length > 1 && page.Width(text + "…", font) > width)
        {
            text = text[..^1];
        }

        return text + "…";
    }

    /// <summary>Where the next line goes, on the current page; a new page starts when the room runs out.</summary>
    private sealed class Cursor
    {
        private readonly PdfDocument _document;
        private XGraphics _graphics = null!;

        public Cursor(PdfDocument document)
        {
            _document = document;
            NewPage();
        }

        public double Y { get; set; }

        public void Line(string text, XFont font, double x, double height)
        {
            Ensure(height, () => { });
            _graphics.DrawString(text, font, XBrushes.Black, x, Y, XStringFormats.TopLeft);
            Y += height;
        }

        public void Cell(string text, XFont font, int column, bool alignRight = true)
        {
            if (alignRight)
            {
                _graphics.DrawString(text, font, XBrushes.Black, Columns[column + 1] - 4, Y, XStringFormats.TopRight);
            }
            else
            {
                _graphics.DrawString(text, font, XBrushes.Black, Columns[column], Y, XStringFormats.TopLeft);
            }
        }

        public void Skip(double height) => Y += height;

        public void Rule() => _graphics.DrawLine(XPens.Gray, Left, Y, Right, Y);

        public double Width(string text, XFont font) => _graphics.MeasureString(text, font).Width;

        public void Ensure(double height, Action onNewPage)
        {
            if (Y + height > Bottom)
            {
                NewPage();
                onNewPage();
            }
        }

        private void NewPage()
        {
            _graphics?.Dispose();
            var page = _document.AddPage();
            page.Size = PdfSharp.PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            Y = 50;
        }
    }
}
