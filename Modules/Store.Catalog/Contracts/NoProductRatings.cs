using Store.Core.Data;

namespace Store.Catalog.Contracts;

/// <summary>No ratings: what the catalog uses when no module keeps reviews.</summary>
internal sealed class NoProductRatings : IProductRatings
{
    public Task<IReadOnlyDictionary<int, ProductRating>> ReadAsync(StoreDbContext db, IReadOnlyCollection<int>? productIds, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<int, ProductRating>>(new Dictionary<int, ProductRating>());

    public Task<ProductReviews?> ForPageAsync(StoreDbContext db, int productId, ProductReviewsQuery query, CancellationToken cancellationToken) =>
        Task.FromResult<ProductReviews?>(null);
}
