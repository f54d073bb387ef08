namespace Store.Catalog.Variants;

/// <summary>One variant as pages and the API show it; prices are minor units.</summary>
public sealed record ProductVariantDetails(
    int Id, string Sku, string? Option1, string? Option2, string? Option3, long Price, long? CompareAtPrice, int Stock, string? Barcode, string? ImageKey,
    string? TaxCategory = null, int WeightGrams = 0)
{
    /// <summary>The option values in option order.</summary>
    public IReadOnlyList<string> Options { get; } = new[] { Option1, Option2, Option3 }.TakeWhile(v => v is not null).Select(v => v!).ToList();
}
