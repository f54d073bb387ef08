namespace Store.Catalog.Products;

public sealed record ProductResponse(
    int Id,
    string Name,
    string Slug,
    string Sku,
    string Status,
    string Description,
    string DescriptionHtml,
    long Price,
    long? CompareAtPrice,
    string Currency,
    int Stock,
    bool InStock,
    string? SeoTitle,
    string? SeoDescription,
    DateTime CreatedUtc,
    DateTime UpdatedUtc,
    IReadOnlyList<ProductImageResponse> Images,
    IReadOnlyList<string> Categories,
    IReadOnlyDictionary<string, string> Attributes);
