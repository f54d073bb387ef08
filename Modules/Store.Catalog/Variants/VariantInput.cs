namespace Store.Catalog.Variants;

/// <summary>
/// One variant as a merchandiser sends it. <see cref="Options"/> holds one value per product option, in option
/// order. An existing variant is found by <see cref="Id"/>, else by its option values; a null
/// <see cref="Price"/> takes the product's price. <see cref="StockShown"/> works as on the product form: when
/// <see cref="Stock"/> still equals it, the current stock is kept.
/// </summary>
public sealed record VariantInput
{
    public int? Id { get; init; }

    public IReadOnlyList<string> Options { get; init; } = [];

    public string? Sku { get; init; }

    public long? Price { get; init; }

    public long? CompareAtPrice { get; init; }

    public int? Stock { get; init; }

    public int? StockShown { get; init; }

    public string? Barcode { get; init; }

    public string? ImageKey { get; init; }

    /// <summary>Overrides the product's tax category (a code); null or empty: the product's.</summary>
    public string? TaxCategory { get; init; }

    /// <summary>Grams per unit; null: 0.</summary>
    public int? WeightGrams { get; init; }
}
