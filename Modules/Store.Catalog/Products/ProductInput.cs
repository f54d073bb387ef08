using Store.Catalog.Variants;

namespace Store.Catalog.Products;

/// <summary>
/// What a merchandiser (admin form, API or recipe) sends to create or change a product. Prices are minor
/// units. A null <see cref="Slug"/> keeps the current slug, or makes one from the name for a new product.
/// With <see cref="Variants"/> null the product has no options and <see cref="Sku"/>, <see cref="Price"/>,
/// <see cref="CompareAtPrice"/> and <see cref="Stock"/> describe its one variant; otherwise
/// <see cref="Price"/> is the price of the variants that set none.
/// </summary>
public sealed record ProductInput
{
    /// <summary>The <see cref="Product.Version"/> the merchandiser opened; the save is refused when the product has moved on since. Null saves over any version.</summary>
    public int? Version { get; init; }

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

    /// <summary>A tax category code (Taxes module); null or empty: the shop's default category.</summary>
    public string? TaxCategory { get; init; }

    /// <summary>The one variant's weight in grams, for a product without <see cref="Variants"/>.</summary>
    public int? WeightGrams { get; init; }

    /// <summary>Days after delivery it may be returned: 0 not returnable, null its categories' period (else the shop's).</summary>
    public int? ReturnDays { get; init; }

    public string? SeoTitle { get; init; }

    public string? SeoDescription { get; init; }

    public IReadOnlyList<string> Categories { get; init; } = [];

    /// <summary>Attribute slug to value; an empty value clears it.</summary>
    public IReadOnlyDictionary<string, string?> Attributes { get; init; } = new Dictionary<string, string?>();

    public IReadOnlyList<ImageInput> Images { get; init; } = [];

    /// <summary>Up to three options; each variant carries one value of each.</summary>
    public IReadOnlyList<OptionInput> Options { get; init; } = [];

    /// <summary>The whole list of variants (missing ones are deleted), or null for the one variant of a product without options.</summary>
    public IReadOnlyList<VariantInput>? Variants { get; init; }
}
