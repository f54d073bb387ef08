namespace Store.Catalog.Products;

/// <summary>A product in a list answer. Prices are minor units of <see cref="Currency"/>: <see cref="Price"/> is the lowest variant price, <see cref="MaxPrice"/> the highest.</summary>
public sealed record ProductSummaryResponse(int Id, string Name, string Slug, long Price, long? CompareAtPrice, string Currency, bool InStock, string? ImageUrl, string Url, long MaxPrice, decimal? Rating = null, int RatingCount = 0);
