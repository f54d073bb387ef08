using UglyToad.PdfPig;

namespace Store.Tests.Infrastructure;

public static class Pdfs
{
    /// <summary>The words of every page, separated by single spaces, as a reader of the PDF sees them.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }
}
