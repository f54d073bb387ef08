using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Store.Core.Localization;
using Store.Core.Money;

namespace Store.Orders.Reports;

/// <summary>
/// Sales per day as an SVG bar chart drawn on the server: no script and no CDN, so the site's content security
/// policy stays as it is. The page shows the same figures as a table beside it.
/// </summary>
internal static partial class SalesChart
{
    private const int Width = 720;
    private const int Height = 240;
    private const int Left = 64;
    private const int Bottom = 28;
    private const int Top = 12;

    public static string Svg(SalesReport report, string titleId, IPluralStringLocalizer localizer)
    {
        var days = report.Days;
        var max = Math.Max(1, days.Count == 0 ? 1 : days.Max(d => d.Revenue));
        var plotWidth = Width - Left - 8;
        var plotHeight = Height - Top - Bottom;
        var slot = days.Count == 0 ? plotWidth : (double)plotWidth / days.Count;
        var bar = Math.Max(1, slot * 0.7);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"{titleId}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{titleId}\">{Escape(localizer["Sales per day from {0} to {1}, highest {2}", Day(report.From), Day(report.To), Amount(max, report.Currency)])}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top + plotHeight}\" x2=\"{Width - 8}\" y2=\"{Top + plotHeight}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" y1=\"{Top}\" x2=\"{Width - 8}\" y2=\"{Top}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{Escape(Amount(max, report.Currency))}</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 6}\" y=\"{Top + plotHeight}\" text-anchor=\"end\">0</text>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(days.Count / 8.0));
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var h = (double)day.Revenue / max * plotHeight;
            var x = Left + (i * slot) + ((slot - bar) / 2);
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x:0.#}\" y=\"{Top + plotHeight - h:0.#}\" width=\"{bar:0.#}\" height=\"{h:0.#}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<title>{Escape(localizer.Plural("{1}: {2}, {0} order", "{1}: {2}, {0} orders", day.Orders, Day(day.Date), Amount(day.Revenue, report.Currency)))}</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (bar / 2):0.#}\" y=\"{Height - 8}\" text-anchor=\"middle\">{Escape(day.Date.ToString(DayAndMonth(), CultureInfo.CurrentCulture))}</text>");
            }
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Amount(long minor, string currency) => new Money(minor, currency).Format(CultureInfo.CurrentCulture);

    private static string Escape(string text) => HtmlEncoder.Default.Encode(text);

    private static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    // The culture's short date without its year (6/2 in English, 02/06 in French): the axis has little room.
    private static string DayAndMonth() => Year().Replace(CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern, string.Empty);

    [GeneratedRegex("[^dM]*y+[^dM]*")]
    private static partial Regex Year();
}
