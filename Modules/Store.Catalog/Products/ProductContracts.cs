using Store.Catalog.Search;

namespace Store.Catalog.Products;

/// <summary>A product in a list answer. Prices are minor units of <see cref="Currency"/>.</summary>
public sealed record ProductSummaryResponse(int Id, string Name, string Slug, long Price, long? CompareAtPrice, string Currency, bool InStock, string? ImageUrl, string Url);

public sealed record ProductListResponse(
    IReadOnlyList<ProductSummaryResponse> Items,
    int Total,
    int Page,
    int PageSize,
    int PageCount,
    PageLinks Links,
    IReadOnlyList<AttributeFacet> Facets);

public sealed record PageLinks(string Self, string? First, string? Previous, string? Next, string? Last);

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

public sealed record ProductImageResponse(string Key, string Alt, string Url, string ThumbUrl);

/// <summary>Create or replace a product. Prices are minor units; categories are slugs; attributes map attribute slugs to values.</summary>
public sealed record ProductRequest(
    string? Name,
    string? Slug,
    string? Sku,
    string? Description,
    long? Price,
    long? CompareAtPrice,
    int? Stock,
    bool Published,
    string? SeoTitle,
    string? SeoDescription,
    IReadOnlyList<string>? Categories,
    IReadOnlyDictionary<string, string?>? Attributes,
    IReadOnlyList<ImageInput>? Images)
{
    public ProductInput ToInput() => new()
    {
        Name = Name,
        Slug = Slug,
        Sku = Sku,
        Description = Description,
        Price = Price,
        CompareAtPrice = CompareAtPrice,
        Stock = Stock,
        Published = Published,
        SeoTitle = SeoTitle,
        SeoDescription = SeoDescription,
        Categories = Categories ?? [],
        Attributes = Attributes ?? new Dictionary<string, string?>(),
        Images = Images ?? [],
    };
}

public sealed record MediaUploadResponse(string Key, string Url);
