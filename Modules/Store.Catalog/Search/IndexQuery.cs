namespace Store.Catalog.Search;

/// <summary>
/// A list request resolved against the catalog: folded words, category ids (with subcategories), attribute ids.
/// A word matches a product when its stem (or the word) is in the name, starts a description word, or names
/// one of the product's categories (<see cref="WordCategories"/>); matches in the name rank higher.
/// </summary>
internal sealed record IndexQuery(
    IReadOnlyList<string> Words,
    string Phrase,
    IReadOnlySet<int>? CategoryIds,
    long? MinPrice,
    long? MaxPrice,
    bool InStockOnly,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Attributes)
{
    private readonly IReadOnlyList<string>? _stems;

    /// <summary>Each word's stem (<see cref="SearchStemmer"/>), in the same order; the words themselves when not set.</summary>
    public IReadOnlyList<string> Stems
    {
        get => _stems ?? Words;
        init => _stems = value;
    }

    /// <summary>Per word, the categories (with their subcategories) whose name holds it; null or empty: none.</summary>
    public IReadOnlyList<IReadOnlySet<int>?> WordCategories { get; init; } = [];

    /// <summary>Each stem with a space before it: a stem that starts a word of the name ranks higher, and description words are matched by it.</summary>
    public IReadOnlyList<string> StemStarts() => Stems.Select(w => " " + w).ToList();

    /// <summary>What the substring scan looks for: the part the word and its stem share ("batter" for "batteries" and "battery").</summary>
    public IReadOnlyList<string> Needles() => Words.Select((w, i) => w[..CommonPrefix(w, Stems[i])]).ToList();

    /// <summary>The lowest average rating listed, in hundredths of a star ("4 stars and up" is 400); 0 lists every product.</summary>
    public int MinRatingHundredths { get; init; }

    /// <summary>Products matched on a price fixed in the shopper's currency rather than on their base price.</summary>
    public ShownPriceFilter? Shown { get; init; }

    public bool IsEmpty => Words.Count == 0 && CategoryIds is null && MinPrice is null && MaxPrice is null && !InStockOnly && Attributes.Count == 0 && MinRatingHundredths == 0;

    /// <summary>The same filters without the words: what the list would show if only the words were wrong.</summary>
    public IndexQuery WithoutWords() => this with { Words = [], Phrase = string.Empty, Stems = [], WordCategories = [] };

    /// <summary>Only the words: what the list would show without the filters.</summary>
    public IndexQuery WordsOnly() => this with { CategoryIds = null, MinPrice = null, MaxPrice = null, Shown = null, InStockOnly = false, MinRatingHundredths = 0, Attributes = new Dictionary<int, IReadOnlyList<string>>() };

    private static int CommonPrefix(string a, string b)
    {
        var length = 0;
        while (length < a.Length && length < b.Length && a[length] == b[length])
        {
            length++;
        }

        return length;
    }
}

/// <summary>One page of matches: their ids in order, the total and the attribute value counts.</summary>
internal sealed record IndexResult(int Total, IReadOnlyList<int> PageIds, IReadOnlyList<(int AttributeId, string Value, int Count)> Counts);
