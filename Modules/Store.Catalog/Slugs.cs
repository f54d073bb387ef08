using System.Text;
using Store.Catalog.Search;

namespace Store.Catalog;

/// <summary>URL slugs: lowercase ASCII letters, digits and single hyphens, from a name or typed by a merchandiser.</summary>
public static class Slugs
{
    public const int MaxLength = 120;

    /// <summary>"Crème Brûlée Set!" becomes "creme-brulee-set"; letters without an ASCII form are kept (a Cyrillic name keeps its letters).</summary>
    public static string From(string text)
    {
        var folded = SearchText.Normalize(text);
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        var slug = builder.ToString().Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>True when <paramref name="slug"/> is already in slug form (what a merchandiser may type).</summary>
    public static bool IsValid(string slug) =>
        slug.Length is > 0 and <= MaxLength && From(slug) == slug;

    /// <summary>The slug, or the slug with "-2", "-3"... when it is taken.</summary>
    public static async Task<string> UniqueAsync(string slug, Func<string, Task<bool>> isTaken)
    {
        if (!await isTaken(slug))
        {
            return slug;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = (slug.Length + suffix.Length > MaxLength ? slug[..(MaxLength - suffix.Length)] : slug) + suffix;
            if (!await isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
