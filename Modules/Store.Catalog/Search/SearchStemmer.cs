namespace Store.Catalog.Search;

/// <summary>
/// A light stemmer per culture: it only takes off plural endings and a few simple inflections of folded
/// words (see <see cref="SearchText"/>), so "mugs" finds "mug" and "lampes" finds "lampe". A stem is
/// almost always a prefix of the word, which is what lets the index match it inside names as a substring
/// and at the start of description words without stemming what it stores.
/// </summary>
internal static class SearchStemmer
{
    /// <summary>The stem of a folded word for the culture's language ("fr" or anything else: English).</summary>
    public static string Stem(string word, string language) =>
        language == "fr" ? French(word) : English(word);

    private static string English(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            return word[..^2];
        }

        if (word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "y";
        }

        // boxes, glasses, dishes, benches: the "es" belongs to the plural.
        foreach (var ending in (string[])["sses", "xes", "ches", "shes", "zes"])
        {
            if (word.EndsWith(ending, StringComparison.Ordinal))
            {
                return word[..^2];
            }
        }

        if (word[^1] == 's' && word[^2] is not ('s' or 'u' or 'i'))
        {
            return word[..^1];
        }

        return word;
    }

    private static string French(string word)
    {
        if (word.Length <= 3 || !char.IsLetter(word[^1]))
        {
            return word;
        }

        // chevaux -> cheval, bateaux -> bateau, bijoux -> bijou.
        if (word.EndsWith("eaux", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        if (word.EndsWith("aux", StringComparison.Ordinal) && word.Length > 4)
        {
            return word[..^3] + "al";
        }

        var stem = word[^1] is 's' or 'x' && word[^2] != 's' ? word[..^1] : word;

        // Feminine and plural forms share the stem without the final "e" (grande, grandes -> grand).
        return stem.Length > 4 && stem[^1] == 'e' ? stem[..^1] : stem;
    }
}
