namespace Store.Catalog.Products;

/// <summary>A product in a list answer. Prices are minor units of <see cref="Currency"/>.</summary>
public sealed record ProductSummaryResponse(int Id, string Name, string Slug, long Price, long? CompareAtPrice, string Currency, bool InStock, string? ImageUrl, string Url);
