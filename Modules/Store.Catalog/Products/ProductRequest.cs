using Store.Catalog.Variants;

namespace Store.Catalog.Products;

/// <summary>
/// Create or replace a product. Prices are minor units; categories are slugs; attributes map attribute slugs to
/// values. Without <see cref="Variants"/> the product has no options and <see cref="Sku"/>, <see cref="Price"/>,
/// <see cref="CompareAtPrice"/> and <see cref="Stock"/> describe its one variant; with it, the list replaces the
/// product's variants (a variant without a price takes <see cref="Price"/>).
/// </summary>
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
    IReadOnlyList<ImageInput>? Images,
    IReadOnlyList<OptionInput>? Options = null,
    IReadOnlyList<VariantInput>? Variants = null,
    string? TaxCategory = null,
    int? WeightGrams = null,
    int? ReturnDays = null)
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
        Options = Options ?? [],
        Variants = Variants,
        TaxCategory = TaxCategory,
        WeightGrams = WeightGrams,
        ReturnDays = ReturnDays,
    };
}
