using System.Text;
using System.Text.RegularExpressions;

namespace Store.Translations.Extraction;

/// <summary>
/// Finds translatable strings in C#: localizer indexers (<c>T["..."]</c>, <c>localizer["..."]</c>),
/// <c>GetString("...")</c>, <c>localizer.Get(context, "...")</c>, <c>localizer.Plural("...", "...")</c> and data-annotation
/// <c>ErrorMessage = "..."</c>, and an admin menu item's title and group (<c>new("Products", "/admin/...", permission, 10, "Catalog")</c>,
/// which the admin layout translates as it shows them). A call may name a <c>const string</c> of the same file instead of a literal.
/// Regular expressions rather than Roslyn: the shop's calls are few and of these shapes only, no package is
/// added, and the committed <c>.pot</c> test shows at once a string that a new shape would miss.
/// </summary>
internal static partial class CSharpStrings
{
    public static IEnumerable<FoundString> Find(string text, string path)
    {
        // Comment lines (XML docs show calls as examples) are blanked; the line count stays for the references.
        text = CommentLine().Replace(text, string.Empty);
        var constants = Constant().Matches(text).ToDictionary(m => m.Groups["name"].Value, m => Unescape(m.Groups["v"].Value), StringComparer.Ordinal);
        var found = new List<FoundString>();
        foreach (Match match in Call().Matches(text))
        {
            var id = Value(match.Groups["id"], match.Groups["const"], constants);
            if (id is null)
            {
                continue;
            }

            var context = match.Groups["ctx"].Success ? Unescape(match.Groups["ctx"].Value) : null;
            var plural = match.Groups["plural"].Success ? Unescape(match.Groups["plural"].Value) : null;
            found.Add(new FoundString(context, id, plural, $"{path}:{LiquidStrings.LineOf(text, match.Index)}"));
        }

        foreach (Match match in MenuItem().Matches(text))
        {
            var reference = $"{path}:{LiquidStrings.LineOf(text, match.Index)}";
            found.Add(new FoundString(null, Unescape(match.Groups["title"].Value), null, reference));
            if (match.Groups["group"].Success)
            {
                found.Add(new FoundString(null, Unescape(match.Groups["group"].Value), null, reference));
            }
        }

        return found;
    }

    private static string? Value(Group literal, Group constant, Dictionary<string, string> constants) =>
        literal.Success ? Unescape(literal.Value)
        : constant.Success && constants.TryGetValue(constant.Value, out var value) ? value
        : null;

    private static string Unescape(string value)
    {
        if (!value.Contains('\\', StringComparison.Ordinal))
        {
            return value;
        }

        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }

            var next = value[++i];
            // \u201c and the like: the admin's typographic quotes are written so in the source.
            if (next == 'u' && i + 4 < value.Length && int.TryParse(value.AsSpan(i + 1, 4), System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture, out var code))
            {
                text.Append((char)code);
                i += 4;
                continue;
            }

            text.Append(next switch { 'n' => '\n', 't' => '\t', 'r' => '\r', '0' => '\0', _ => next });
        }

        return text.ToString();
    }

    // One alternative per call shape; each names the msgid "id" (a literal) or "const" (a constant's name).
    [GeneratedRegex("""
        (?:\b(?:T|S|[A-Za-z_]*[Ll]ocalizer)\s*\[\s*(?:"(?<id>(?:[^"\\\r\n]|\\.)*)"|(?<const>[A-Z][A-Za-z0-9_]*))\s*[\],]
        |\.GetString\(\s*(?:"(?<id>(?:[^"\\\r\n]|\\.)*)"|(?<const>[A-Z][A-Za-z0-9_]*))\s*[,)]
        |\b(?:T|S|[A-Za-z_]*[Ll]ocalizer)\??\.Get\(\s*(?:null|"(?<ctx>(?:[^"\\\r\n]|\\.)*)")\s*,\s*(?:"(?<id>(?:[^"\\\r\n]|\\.)*)"|(?<const>[A-Z][A-Za-z0-9_]*))\s*[,)]
        |\b(?:T|S|[A-Za-z_]*[Ll]ocalizer)\??\.Plural\(\s*"(?<id>(?:[^"\\\r\n]|\\.)*)"\s*,\s*"(?<plural>(?:[^"\\\r\n]|\\.)*)"
        |\bErrorMessage\s*=\s*"(?<id>(?:[^"\\\r\n]|\\.)*)"
        )
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Call();

    // A module's AdminMenuItem on one line: a title, an /admin address, the permission and order, then perhaps a group.
    [GeneratedRegex("""
        \bnew(?:\s+AdminMenuItem)?\(\s*"(?<title>(?:[^"\\\r\n]|\\.)*)"\s*,\s*"/admin[^"\r\n]*"
        (?:[^\r\n;]*,\s*"(?<group>(?:[^"\\\r\n]|\\.)*)"\s*\)|[^\r\n;]*?\))
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex MenuItem();

    [GeneratedRegex(@"^[ \t]*//.*$", RegexOptions.Multiline)]
    private static partial Regex CommentLine();

    [GeneratedRegex("""const\s+string\s+(?<name>[A-Za-z_][A-Za-z0-9_]*)\s*=\s*"(?<v>(?:[^"\\\r\n]|\\.)*)"\s*;""")]
    private static partial Regex Constant();
}
