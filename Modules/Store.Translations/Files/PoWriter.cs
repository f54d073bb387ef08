using System.Text;
using Store.Core.Localization;

namespace Store.Translations.Files;

/// <summary>
/// Writes PO and POT text: one line per string (never wrapped, so a diff shows the entry that changed), entries
/// in the order given, <c>\n</c> line ends whatever the OS, so committed templates compare byte for byte.
/// </summary>
internal static class PoWriter
{
    public static string Write(IEnumerable<string> headerComments, IEnumerable<string> headerFields, IEnumerable<PoFileEntry> entries)
    {
        var text = new StringBuilder();
        foreach (var comment in headerComments)
        {
            text.Append("# ").Append(comment).Append('\n');
        }

        text.Append("msgid \"\"\nmsgstr \"\"\n");
        foreach (var field in headerFields)
        {
            text.Append('"').Append(Escape(field + "\n")).Append("\"\n");
        }

        foreach (var entry in entries)
        {
            text.Append('\n');
            foreach (var reference in entry.References)
            {
                text.Append("#: ").Append(reference).Append('\n');
            }

            if (entry.Fuzzy)
            {
                text.Append("#, fuzzy\n");
            }

            if (entry.Context is not null)
            {
                Line(text, "msgctxt", entry.Context);
            }

            Line(text, "msgid", entry.Id);
            if (entry.IdPlural is null)
            {
                Line(text, "msgstr", entry.Translations.Count > 0 ? entry.Translations[0] : string.Empty);
                continue;
            }

            Line(text, "msgid_plural", entry.IdPlural);
            for (var i = 0; i < Math.Max(entry.Translations.Count, 2); i++)
            {
                Line(text, $"msgstr[{i}]", i < entry.Translations.Count ? entry.Translations[i] : string.Empty);
            }
        }

        return text.ToString();
    }

    private static void Line(StringBuilder text, string keyword, string value) =>
        text.Append(keyword).Append(" \"").Append(Escape(value)).Append("\"\n");

    private static string Escape(string value) => value
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("\"", "\\\"", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", "\\r", StringComparison.Ordinal)
        .Replace("\t", "\\t", StringComparison.Ordinal);
}
