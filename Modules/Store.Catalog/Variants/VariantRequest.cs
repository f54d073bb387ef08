namespace Store.Catalog.Variants;

/// <summary>
/// <c>PUT /api/v1/products/{id}/variants/{variantId}</c>: changes one variant; a field left out (null) keeps its
/// value, so a client can set the stock alone (an empty <c>taxCategory</c> goes back to the product's). Option values are changed through the product.
/// </summary>
public sealed record VariantRequest(string? Sku, long? Price, long? CompareAtPrice, int? Stock, string? Barcode, string? ImageKey, bool ClearCompareAtPrice = false,
    int? WeightGrams = null, string? TaxCategory = null);
