namespace Store.Catalog.Products;

/// <summary>
/// What a merchandiser (admin form, API or recipe) sends to create or change a product. Prices are minor
/// units. A null <see cref="Slug"/> keeps the current slug, or makes one from the name for a new product.
/// </summary>
public sealed record ProductInput
{
    public string? Name { get; init; }

    public string? Slug { get; init; }

    public string? Sku { get; init; }

    public string? Description { get; init; }

    public long? Price { get; init; }

    public long? CompareAtPrice { get; init; }

    public int? Stock { get; init; }

    /// <summary>
    /// The stock the merchandiser was shown. When <see cref="Stock"/> still equals it, the stock was not
    /// edited and the current figure is kept, so orders placed while the form was open are not undone.
    /// </summary>
    public int? StockShown { get; init; }

    public bool Published { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Attribute slug to value; an empty value clears it.</summary>
    public IReadOnlyDictionary<string, string?> Attributes { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyList<ImageInput> Images { get; init; } = [];
}
