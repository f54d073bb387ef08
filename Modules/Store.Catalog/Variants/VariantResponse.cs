namespace Store.Catalog.Variants;

/// <summary>One variant in the API: option values in the product's option order; prices are minor units; <see cref="TaxCategory"/> null uses the product's.</summary>
public sealed record VariantResponse(
    int Id, IReadOnlyList<string> Options, string Sku, long Price, long? CompareAtPrice, int Stock, bool InStock, string? Barcode, string? ImageKey, string? ImageUrl,
    string? TaxCategory = null, int WeightGrams = 0);
