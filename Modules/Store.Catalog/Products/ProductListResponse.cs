using Store.Catalog.Search;

namespace Store.Catalog.Products;

public sealed record ProductListResponse(
    IReadOnlyList<ProductSummaryResponse> Items,
    int Total,
    int Page,
    int PageSize,
    int PageCount,
    PageLinks Links,
    IReadOnlyList<AttributeFacet> Facets);
