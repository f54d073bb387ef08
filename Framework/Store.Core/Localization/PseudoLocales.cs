using System.Globalization;
using System.Text;

namespace Store.Core.Localization;

/// <summary>
/// The pseudo-locales, generated from the msgids at run time: <c>qps-ploc</c> ("[Ŝĥöþ ·····]": accented, about
/// a third longer, in brackets) and <c>qps-plocm</c>, the same text on right-to-left pages. A page walked in them
/// shows at once the text nobody localized (no brackets), the boxes too small for longer languages and the
/// layout that does not mirror. On only when <c>Localization:PseudoLocales</c> is (Development, tests).
/// </summary>
public static class PseudoLocales
{
    public const string Accented = "qps-ploc";
    public const string Mirrored = "qps-plocm";
    public const string Padding = "·";

    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private const string Accents = "áƀçđéƒĝĥíĵķĺɱñöþǫŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ";

    public static bool IsPseudo(CultureInfo culture) => IsPseudo(culture.Name);

    public static bool IsPseudo(string name) =>
        name.Equals(Accented, StringComparison.OrdinalIgnoreCase) || name.Equals(Mirrored, StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the cultures whose pages are laid out right to left (a real one, or <c>qps-plocm</c>).</summary>
    public static bool IsRightToLeft(CultureInfo culture) =>
        culture.Name.Equals(Mirrored, StringComparison.OrdinalIgnoreCase) || culture.TextInfo.IsRightToLeft;

    /// <summary>
    /// The pseudo-translation of a msgid. Placeholders (<c>{0}</c>), markup (<c>&lt;a href="…"&gt;</c>) and entities
    /// (<c>&amp;amp;</c>) are kept as they are, so formatting and markup checks still hold.
    /// </summary>
    public static string Translate(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length == 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length * 2).Append('[');
        var letters = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var end = c switch
            {
                '{' => text.IndexOf('}', i),
                '<' => text.IndexOf('>', i),
                '&' => text.IndexOf(';', i),
                _ => -1,
            };
            if (end > i)
            {
                result.Append(text, i, end - i + 1);
                i = end;
                continue;
            }

            var index = Plain.IndexOf(c, StringComparison.Ordinal);
            result.Append(index >= 0 ? Accents[index] : c);
            letters += char.IsLetter(c) ? 1 : 0;
        }

        // About 35 % longer, as German or French often are than English.
        var padding = (letters * 35 + 99) / 100;
        if (padding > 0)
        {
            result.Append(' ').Append(string.Concat(Enumerable.Repeat(Padding, padding)));
        }

        return result.Append(']').ToString();
    }
}
