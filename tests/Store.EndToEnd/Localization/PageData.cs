using System.Globalization;
using System.Text.RegularExpressions;

namespace Store.EndToEnd.Localization;

/// <summary>
/// Tells the data on a page from the shop's own words, which a translation would have changed. Data is what no
/// translator writes: numbers, amounts and dates as the page's culture formats them (digits and their separators,
/// ISO 4217 codes, currency signs, the culture's own month and day names and AM/PM, time zone ids), order numbers
/// (<c>K7QM-42XP</c>), the shop's name, what the
/// visitor typed (their email and name) and what the merchant typed (the catalog, pages and menus: the texts of the
/// recipe the shop was set up with). A text is data when only punctuation is left once those are taken out; the
/// merchant's texts count as whole words only, so a word of the interface does not pass for a piece of a description.
/// </summary>
internal sealed partial class PageData
{
    // The cut-out pieces are replaced by this, and what is left between them is judged piece by piece.
    private const char Cut = '\u0001';

    private static readonly Lazy<HashSet<string>> CurrencyCodes = new(ReadCurrencyCodes);

    // The ids the shop names its time zone by (Orders:ReportTimeZone, shown beside report dates): "UTC", "Europe/Paris".
    // Old single-word aliases that are also words ("Turkey", "Universal") are left out: only Area/City and capitals.
    private static readonly Lazy<HashSet<string>> TimeZoneIds = new(() =>
        new HashSet<string>(TimeZoneInfo.GetSystemTimeZones().Select(z => z.Id).Where(id => id.Contains('/') || id.All(char.IsAsciiLetterUpper)).Append("UTC"), StringComparer.Ordinal));

    private readonly string _merchantText;
    private readonly string[] _values;
    private readonly HashSet<string> _dateWords;

    /// <param name="culture">The page's culture, whose formats the shop used for its numbers and dates.</param>
    /// <param name="merchantText">Everything the merchant typed, one text a line, spaces collapsed as the page shows them.</param>
    /// <param name="values">Single values shown as they are: the shop's name, the visitor's email and name.</param>
    public PageData(CultureInfo culture, string merchantText, IEnumerable<string?> values)
    {
        _merchantText = merchantText;
        _values = [.. values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).OrderByDescending(v => v.Length)];
        var format = culture.DateTimeFormat;
        _dateWords = new HashSet<string>(
            format.MonthNames.Concat(format.AbbreviatedMonthNames).Concat(format.MonthGenitiveNames).Concat(format.AbbreviatedMonthGenitiveNames)
                .Concat(format.DayNames).Concat(format.AbbreviatedDayNames).Append(format.AMDesignator).Append(format.PMDesignator)
                .Select(w => w.Trim('.', ' ')).Where(w => w.Length > 0),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The texts of a recipe (every string value in it), as <c>merchantText</c> wants them.</summary>
    public static string MerchantTextOf(System.Text.Json.JsonElement recipe)
    {
        var texts = new List<string>();
        Collect(recipe, texts);
        return string.Join('\n', texts.Select(t => Spaces().Replace(t, " ").Trim()));

        static void Collect(System.Text.Json.JsonElement element, List<string> texts)
        {
            switch (element.ValueKind)
            {
                case System.Text.Json.JsonValueKind.String:
                    texts.Add(element.GetString()!);
                    break;
                case System.Text.Json.JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        Collect(item, texts);
                    }

                    break;
                case System.Text.Json.JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        Collect(property.Value, texts);
                    }

                    break;
            }
        }
    }

    public bool IsData(string text)
    {
        var rest = text;
        foreach (var value in _values)
        {
            rest = rest.Replace(value, Cut.ToString(), StringComparison.OrdinalIgnoreCase);
        }

        rest = OrderNumber().Replace(rest, Cut.ToString());
        rest = ZoneId().Replace(rest, m => TimeZoneIds.Value.Contains(m.Value) ? Cut.ToString() : m.Value);
        rest = Number().Replace(rest, Cut.ToString());
        rest = Word().Replace(rest, m => CurrencyCodes.Value.Contains(m.Value) || _dateWords.Contains(m.Value) ? Cut.ToString() : m.Value);
        return rest.Split(Cut).Select(TrimToWords).All(piece => !HasWord().IsMatch(piece) || IsMerchantText(piece));
    }

    private static string TrimToWords(string piece)
    {
        var start = 0;
        var end = piece.Length;
        while (start < end && !char.IsLetterOrDigit(piece[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(piece[end - 1]))
        {
            end--;
        }

        return piece[start..end];
    }

    // As whole words of one of the merchant's texts: "Brass reading lamp" of "**Brass reading lamp** in green".
    private bool IsMerchantText(string piece)
    {
        for (var at = _merchantText.IndexOf(piece, StringComparison.Ordinal); at >= 0; at = _merchantText.IndexOf(piece, at + 1, StringComparison.Ordinal))
        {
            var end = at + piece.Length;
            if ((at == 0 || !char.IsLetterOrDigit(_merchantText[at - 1])) && (end == _merchantText.Length || !char.IsLetterOrDigit(_merchantText[end])))
            {
                return true;
            }
        }

        return false;
    }

    // The ISO 4217 codes of every region the runtime knows (the shop formats amounts with the same runtime).
    private static HashSet<string> ReadCurrencyCodes()
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            try
            {
                codes.Add(new RegionInfo(culture.Name).ISOCurrencySymbol);
            }
            catch (ArgumentException)
            {
                // A culture without a region of its own has no currency.
            }
        }

        return codes;
    }

    // A number with its group and decimal separators, a date (25/11/2026, 2026-11-25) or a time (12:00).
    [GeneratedRegex(@"\p{Nd}(?:[\p{Nd}.,:/'\u00A0\u202F-]*\p{Nd})?|\p{Sc}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\p{L}+", RegexOptions.CultureInvariant)]
    private static partial Regex Word();

    // Store.Orders' OrderNumbers: two groups of four from an alphabet without 0/O and 1/I/L.
    [GeneratedRegex(@"\b[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrderNumber();

    // A word, or words joined by slashes as IANA names zones ("America/Argentina/Buenos_Aires"), checked against the runtime's list.
    [GeneratedRegex(@"[A-Za-z_]+(?:/[A-Za-z_+-]+)*", RegexOptions.CultureInvariant)]
    private static partial Regex ZoneId();

    // What the walk's script counts as words: two Latin letters in a row (the pseudo-locales have none unaccented).
    [GeneratedRegex("[A-Za-z]{2}", RegexOptions.CultureInvariant)]
    private static partial Regex HasWord();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();
}
