using Store.Core.Data;

namespace Store.Catalog.Contracts;

/// <summary>
/// Shoppers' ratings that a later module (Reviews) keeps: the product index reads them when it loads products, so
/// lists sort and filter by rating from memory, and the product page shows the approved reviews. The catalog's own
/// default has none. The calls get the caller's <see cref="StoreDbContext"/>: the index is one per node and has no
/// request scope of its own. A module that changes a rating writes a catalog change for the product
/// (<see cref="ICatalogChanges"/>) in the same transaction, or lists keep the old one.
/// </summary>
public interface IProductRatings
{
    /// <summary>The approved ratings of <paramref name="productIds"/> (every rated product when null); unrated ones are left out.</summary>
    Task<IReadOnlyDictionary<int, ProductRating>> ReadAsync(StoreDbContext db, IReadOnlyCollection<int>? productIds, CancellationToken cancellationToken);

    /// <summary>What the product page shows: the rating, its breakdown by stars and a page of approved reviews; null when there are none.</summary>
    Task<ProductReviews?> ForPageAsync(StoreDbContext db, int productId, ProductReviewsQuery query, CancellationToken cancellationToken);
}
