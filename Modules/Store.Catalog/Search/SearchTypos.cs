namespace Store.Catalog.Search;

/// <summary>
/// One typo forgiven per word when the exact words find nothing: a letter missing, added, changed or two
/// letters swapped, for words of five letters or more ("ceramc" -> "ceramic"); a four-letter word only
/// forgives two swapped letters ("lmap" -> "lamp"), since one changed letter turns most short words into
/// other real words. Words holding a digit are never corrected nor corrected to: "1234" one key away from
/// "1235" is another model, not a typo, and a catalog's numbers (sizes, model numbers) would crowd the words.
/// </summary>
internal static class SearchTypos
{
    public const int MinLength = 5;

    /// <summary>
    /// The known word closest to <paramref name="word"/> within one typo (the most used on a tie), or null. The
    /// words come from several vocabularies (the catalog's, kept per index, and the category names'), read in place:
    /// merging them per request would copy the catalog's every word.
    /// </summary>
    public static string? Correct(string word, params IReadOnlyList<IReadOnlyDictionary<string, int>> vocabularies)
    {
        if (word.Length < MinLength - 1 || HasDigit(word) || vocabularies.Any(v => v.ContainsKey(word)))
        {
            return null;
        }

        string? best = null;
        var bestUses = 0;
        foreach (var vocabulary in vocabularies)
        {
            foreach (var known in vocabulary.Keys)
            {
                if (Math.Abs(known.Length - word.Length) > 1 || known.Length < MinLength - 1)
                {
                    continue;
                }

                var forgiven = word.Length >= MinLength ? WithinOneEdit(word, known) : IsSwap(word, known);
                var uses = forgiven ? vocabularies.Sum(v => v.GetValueOrDefault(known)) : 0;
                if (forgiven && (uses > bestUses || (uses == bestUses && string.CompareOrdinal(known, best) < 0)))
                {
                    (best, bestUses) = (known, uses);
                }
            }
        }

        return best;
    }

    public static bool HasDigit(ReadOnlySpan<char> word) => word.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>True when one insertion, deletion, substitution or swap of neighbours turns a into b.</summary>
    public static bool WithinOneEdit(string a, string b)
    {
        if (a.Length == b.Length)
        {
            var differences = 0;
            for (var i = 0; i < a.Length; i++)
            {
                differences += a[i] != b[i] ? 1 : 0;
            }

            return differences <= 1 || IsSwap(a, b);
        }

        var (shorter, longer) = a.Length < b.Length ? (a, b) : (b, a);
        if (longer.Length - shorter.Length != 1)
        {
            return false;
        }

        var skipped = false;
        for (int i = 0, j = 0; i < shorter.Length; j++)
        {
            if (shorter[i] == longer[j])
            {
                i++;
            }
            else if (skipped)
            {
                return false;
            }
            else
            {
                skipped = true;
            }
        }

        return true;
    }

    private static bool IsSwap(string a, string b)
    {
        if (a.Length != b.Length)
        {
            return false;
        }

        var i = 0;
        while (i < a.Length && a[i] == b[i])
        {
            i++;
        }

        return i < a.Length - 1 && a[i] == b[i + 1] && a[i + 1] == b[i] && a.AsSpan(i + 2).SequenceEqual(b.AsSpan(i + 2));
    }
}
