using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Reviews.Reviews;

/// <summary>
/// The catalog's ratings (<see cref="IProductRatings"/>), counted from approved reviews when asked: the product
/// index asks at start-up and for changed products only, so no running totals can drift from the reviews.
/// </summary>
internal sealed class ReviewRatings : IProductRatings
{
    public async Task<IReadOnlyDictionary<int, ProductRating>> ReadAsync(StoreDbContext db, IReadOnlyCollection<int>? productIds, CancellationToken cancellationToken)
    {
        var approved = db.Set<Review>().AsNoTracking().Where(r => r.Status == ReviewStatus.Approved);
        if (productIds is not null)
        {
            var ids = productIds.ToList();
            approved = approved.Where(r => ids.Contains(r.ProductId));
        }

        return await approved.GroupBy(r => r.ProductId)
            .Select(g => new { g.Key, Count = g.Count(), Stars = g.Sum(r => r.Rating) })
            .ToDictionaryAsync(g => g.Key, g => new ProductRating(g.Count, g.Stars), cancellationToken);
    }

    public async Task<ProductReviews?> ForPageAsync(StoreDbContext db, int productId, ProductReviewsQuery query, CancellationToken cancellationToken)
    {
        var approved = db.Set<Review>().AsNoTracking().Where(r => r.ProductId == productId && r.Status == ReviewStatus.Approved);
        var byStars = await approved.GroupBy(r => r.Rating).Select(g => new { Stars = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var count = byStars.Sum(s => s.Count);
        var rating = new ProductRating(count, byStars.Sum(s => s.Stars * s.Count));
        var pageCount = Math.Max(1, (count + query.PageSize - 1) / query.PageSize);
        var page = Math.Min(query.Page, pageCount);
        var ordered = query.MostHelpful
            ? approved.OrderByDescending(r => r.HelpfulCount).ThenByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id)
            : approved.OrderByDescending(r => r.CreatedUtc).ThenByDescending(r => r.Id);
        var items = count == 0
            ? []
            : await ordered.Skip((page - 1) * query.PageSize).Take(query.PageSize)
                .Select(r => new ProductReview(r.Id, r.Rating, r.Title, r.Body, r.Author, r.CreatedUtc, r.HelpfulCount))
                .ToListAsync(cancellationToken);
        return new ProductReviews(rating, [.. Enumerable.Range(1, 5).Reverse().Select(s => byStars.FirstOrDefault(b => b.Stars == s)?.Count ?? 0)], items, page, pageCount, query.MostHelpful);
    }
}
