using PdfSharp.Fonts;
using PdfSharp.WPFonts;

namespace Store.Orders.Invoices;

/// <summary>
/// Every PDF is drawn in Segoe WP, which ships inside the PDFsharp package (<c>PdfSharp.WPFonts</c>): no font
/// has to be installed on a server or in the container, and every node embeds the same glyphs. PDFsharp's
/// resolver is process-wide and may be set only once, hence the guard.
/// </summary>
internal sealed class PackagedFonts : IFontResolver
{
    public const string Family = "Segoe WP";

    private static readonly Lock Gate = new();

    public static void Install()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not PackagedFonts)
            {
                GlobalFontSettings.FontResolver = new PackagedFonts();
            }
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "SegoeWP-Bold" : "SegoeWP", false, italic);

    public byte[]? GetFont(string faceName) => faceName == "SegoeWP-Bold" ? FontDataHelper.SegoeWPBold : FontDataHelper.SegoeWP;
}
