using System.Net;
using System.Text.RegularExpressions;

namespace Store.Core.Text;

/// <summary>A page's own text cut down for a meta description, when nobody wrote one: tags dropped, at most 160 characters.</summary>
public static partial class MetaText
{
    public const int MaxLength = 160;

    public static string? FromHtml(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return null;
        }

        var text = Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(html, " ")), " ").Trim();
        if (text.Length <= MaxLength)
        {
            return text.Length == 0 ? null : text;
        }

        // Cut at the last word that fits, so a search result never ends mid-word.
        var cut = text.LastIndexOf(' ', MaxLength - 1);
        return text[..(cut > MaxLength / 2 ? cut : MaxLength - 1)].TrimEnd(',', ';', ':', '.', ' ') + "…";
    }

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
