using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Store.Currencies.Rates;

/// <summary>
/// Reads the ECB's reference-rates XML: <c>&lt;Cube time="2026-11-27"&gt;&lt;Cube currency="USD" rate="1.0550"/&gt;…</c>,
/// rates in units per one euro, and crosses them to the shop's base currency.
/// </summary>
internal static class EcbRates
{
    private const string Vocabulary = "http://www.ecb.int/vocabulary/2002-08-01/eurofxref";

    /// <summary>Each day of the file with its rates per euro, or null when the text is not that file.</summary>
    public static List<(DateTime Day, Dictionary<string, decimal> PerEuro)>? Parse(string xml)
    {
        XDocument document;
        try
        {
            // No DTD: the file has none, and a DTD is how XML bombs and external entities come in.
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null });
            document = XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }

        var cube = XName.Get("Cube", Vocabulary);
        var days = new List<(DateTime, Dictionary<string, decimal>)>();
        foreach (var day in document.Descendants(cube).Where(c => c.Attribute("time") is not null))
        {
            if (!DateOnly.TryParseExact((string?)day.Attribute("time"), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return null;
            }

            var rates = new Dictionary<string, decimal>(StringComparer.Ordinal) { ["EUR"] = 1m };
            foreach (var rate in day.Elements(cube))
            {
                var code = ((string?)rate.Attribute("currency"))?.Trim().ToUpperInvariant();
                if (code is not { Length: 3 }
                    || !decimal.TryParse((string?)rate.Attribute("rate"), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                    || value <= 0)
                {
                    return null;
                }

                rates[code] = value;
            }

            days.Add((date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), rates));
        }

        return days.Count == 0 ? null : days;
    }

    /// <summary>Units of <paramref name="code"/> per one <paramref name="baseCode"/>, 8 decimals; null when the day lacks either.</summary>
    public static decimal? Cross(Dictionary<string, decimal> perEuro, string baseCode, string code) =>
        perEuro.TryGetValue(baseCode, out var baseRate) && perEuro.TryGetValue(code, out var rate)
            ? decimal.Round(rate / baseRate, 8, MidpointRounding.AwayFromZero)
            : null;
}
