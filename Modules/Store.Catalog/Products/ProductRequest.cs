namespace Store.Catalog.Products;

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
