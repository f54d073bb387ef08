namespace Store.Catalog.Search;

public sealed record ProductSearchResult(
    IReadOnlyList<ProductCard> Items,
    int Total,
    IReadOnlyList<AttributeFacet> Facets,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public int PageCount(int pageSize) => Total == 0 ? 0 : (Total + pageSize - 1) / pageSize;
}
