namespace Store.Catalog.Contracts;

/// <summary>
/// What later modules (cart, orders) may know of a published product's variant; prices are minor units of the
/// shop currency. <see cref="ImageUrl"/> is the variant's picture, else the product's first, at thumb size.
/// </summary>
public sealed record CatalogVariantSnapshot(int ProductId, int VariantId, string ProductName, string ProductSlug,
    IReadOnlyList<VariantOptionValue> Options, string Sku, long Price, long? CompareAtPrice, int Stock, string? ImageUrl);
