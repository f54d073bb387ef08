namespace Store.Catalog.Search;

/// <summary>A list request resolved against the catalog: folded words, category ids (with subcategories), attribute ids.</summary>
internal sealed record IndexQuery(
    IReadOnlyList<string> Words,
    string Phrase,
    IReadOnlySet<int>? CategoryIds,
    long? MinPrice,
    long? MaxPrice,
    bool InStockOnly,
    IReadOnlyDictionary<int, IReadOnlyList<string>> Attributes)
{
    /// <summary>Each word with a space before it: a word that starts a word of the name ranks higher.</summary>
    public IReadOnlyList<string> WordStarts { get; } = Words.Select(w => " " + w).ToList();

    public bool IsEmpty => Words.Count == 0 && CategoryIds is null && MinPrice is null && MaxPrice is null && !InStockOnly && Attributes.Count == 0;
}

/// <summary>One page of matches: their ids in order, the total and the attribute value counts.</summary>
internal sealed record IndexResult(int Total, IReadOnlyList<int> PageIds, IReadOnlyList<(int AttributeId, string Value, int Count)> Counts);
