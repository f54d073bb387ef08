using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Store.Catalog.Search;

/// <summary>
/// The one folding of text used for search: lowercase, diacritics stripped, spaces collapsed. Applied in
/// C# to both the stored column and the query, so SQLite and PostgreSQL match the same way without
/// collations or extensions.
/// </summary>
public static class SearchText
{

    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return string.Empty;
        }

        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var lastWasSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            lastWasSpace = false;
            builder.Append(c switch
            {
                'ß' => "ss",
                'æ' or 'Æ' => "ae",
                'ø' or 'Ø' => "o",
                'œ' or 'Œ' => "oe",
                'ł' or 'Ł' => "l",
                'đ' or 'Đ' => "d",
                _ => char.ToLowerInvariant(c).ToString(),
            });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>
    /// The words of a product's description (Markdown) that search looks at below its name: folded, three
    /// letters or more, each once, the first <paramref name="max"/> of them, as " word word " so a search word
    /// can be found at the start of one by a plain substring scan.
    /// </summary>
    public static string DescriptionWords(string? markdown, int max = 48)
    {
        var words = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        // Markdown's punctuation and every other separator split words: only letters and digits make them.
        foreach (var word in Regex.Split(Normalize(markdown), @"[^\p{L}\p{N}]+"))
        {
            if (word.Length >= 3 && seen.Add(word))
            {
                words.Add(word);
                if (words.Count == max)
                {
                    break;
                }
            }
        }

        return words.Count == 0 ? string.Empty : " " + string.Join(' ', words) + " ";
    }

    /// <summary>The words of a search, folded, at most <paramref name="max"/> of them.</summary>
    public static IReadOnlyList<string> Words(string? query, int max = 8) =>
        Normalize(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).Take(max).ToList();
}
