using System.Text.RegularExpressions;

namespace Store.Translations.Extraction;

/// <summary>
/// Finds <c>"text" | t</c>, <c>"text" | t: arg, context: "ctx"</c> and <c>"one" | t_plural: "many", n</c> in Liquid
/// templates, emails included. Only literal strings can be extracted: <c>{{ error | t }}</c> translates a value
/// the C# code chose, which is found there if it goes through a localizer (README, "Extraction").
/// </summary>
internal static partial class LiquidStrings
{
    public static IEnumerable<FoundString> Find(string text, string path)
    {
        foreach (Match match in Call().Matches(text))
        {
            var id = match.Groups["id"].Value;
            var arguments = match.Groups["args"].Value;
            var context = Context().Match(arguments) is { Success: true } c ? c.Groups["v"].Value : null;
            string? plural = null;
            if (match.Groups["plural"].Success)
            {
                // The first argument of t_plural is the plural msgid.
                plural = Quoted().Match(arguments) is { Success: true } p ? p.Groups["v"].Value : id;
            }

            yield return new FoundString(context, id, plural, $"{path}:{LineOf(text, match.Index)}");
        }
    }

    internal static int LineOf(string text, int index) => text.AsSpan(0, index).Count('\n') + 1;

    // A quoted literal piped to t or t_plural, then its arguments up to the next filter or the end of the tag.
    [GeneratedRegex("""(?<q>["'])(?<id>(?:(?!\k<q>).)*?)\k<q>\s*\|\s*t(?<plural>_plural)?(?![\w])(?:\s*:(?<args>(?:"[^"]*"|'[^']*'|[^|}%"'])*))?""", RegexOptions.Singleline)]
    private static partial Regex Call();

    [GeneratedRegex("""context\s*:\s*(?<q>["'])(?<v>(?:(?!\k<q>).)*)\k<q>""")]
    private static partial Regex Context();

    [GeneratedRegex("""^\s*(?<q>["'])(?<v>(?:(?!\k<q>).)*)\k<q>""")]
    private static partial Regex Quoted();
}
