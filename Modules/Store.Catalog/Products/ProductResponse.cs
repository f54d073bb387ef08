using Store.Catalog.Variants;

namespace Store.Catalog.Products;

/// <summary>A product as the API shows it: <see cref="Sku"/> is the first variant's, <see cref="Price"/> the lowest variant price and <see cref="Stock"/> all variants' stock.</summary>
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
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<ProductOptionDetails> Options,
    IReadOnlyList<VariantResponse> Variants,
    string? TaxCategory = null,
    int? ReturnDays = null);
