namespace Store.Catalog.Search;

public sealed record ProductSearchResult(
    IReadOnlyList<ProductCard> Items,
    int Total,
    IReadOnlyList<AttributeFacet> Facets,
    IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>The words searched instead when the typed ones found nothing and one typo per word was forgiven ("lamp" for "lmap").</summary>
    public string? CorrectedText { get; init; }

    /// <summary>When nothing is found: whether the words or the filters caused it.</summary>
    public SearchMiss Miss { get; init; }

    /// <summary>When the filters caused it: how many products the words alone find.</summary>
    public int WithoutFiltersTotal { get; init; }

    public int PageCount(int pageSize) => Total == 0 ? 0 : (Total + pageSize - 1) / pageSize;
}
