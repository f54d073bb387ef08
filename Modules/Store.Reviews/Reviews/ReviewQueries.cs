using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Reviews.Reviews;

/// <summary>Reviews as their authors and moderators read them, with the product's name and slug from the catalog.</summary>
public sealed class ReviewQueries(StoreDbContext db, ICatalogProducts catalog)
{
    /// <summary>The moderation queue (pending, reported ones first, oldest first), or reviews of another status, newest first.</summary>
    public async Task<IReadOnlyList<ReviewView>> ListAsync(ReviewStatus status, int take, CancellationToken cancellationToken)
    {
        var reviews = db.Set<Review>().AsNoTracking().Where(r => r.Status == status);
        reviews = status == ReviewStatus.Pending
            ? reviews.OrderByDescending(r => r.ReportCount > 0).ThenBy(r => r.UpdatedUtc).ThenBy(r => r.Id)
            : reviews.OrderByDescending(r => r.UpdatedUtc).ThenByDescending(r => r.Id);
        return await ViewsAsync(await reviews.Take(take).ToListAsync(cancellationToken), cancellationToken);
    }

    /// <summary>The caller's own review of a product, or one of theirs by id; another customer's is never found.</summary>
    public async Task<ReviewView?> MineAsync(string userId, int? productId, int? reviewId, CancellationToken cancellationToken)
    {
        var review = await db.Set<Review>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserId == userId && (productId == null || r.ProductId == productId) && (reviewId == null || r.Id == reviewId), cancellationToken);
        return review is null ? null : (await ViewsAsync([review], cancellationToken))[0];
    }

    /// <summary>An approved review of another customer, which the caller may find helpful or report; else null.</summary>
    public async Task<ReviewView?> VotableAsync(string userId, int reviewId, CancellationToken cancellationToken)
    {
        var review = await db.Set<Review>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId && r.Status == ReviewStatus.Approved && r.UserId != userId, cancellationToken);
        return review is null ? null : (await ViewsAsync([review], cancellationToken)) is [{ ProductSlug: not "" } view] ? view : null;
    }

    /// <summary>All of the caller's reviews, newest change first, for "My reviews".</summary>
    public async Task<IReadOnlyList<ReviewView>> AllMineAsync(string userId, CancellationToken cancellationToken) =>
        await ViewsAsync(await db.Set<Review>().AsNoTracking().Where(r => r.UserId == userId).OrderByDescending(r => r.UpdatedUtc).ThenByDescending(r => r.Id).ToListAsync(cancellationToken), cancellationToken);

    internal async Task<IReadOnlyList<ReviewView>> ViewsAsync(IReadOnlyList<Review> reviews, CancellationToken cancellationToken)
    {
        var products = (await catalog.GetPublishedAsync([], reviews.Select(r => r.ProductId).ToList(), cancellationToken)).ToDictionary(p => p.Id);
        return reviews.Select(r =>
        {
            var product = products.GetValueOrDefault(r.ProductId);
            return new ReviewView(r.Id, product?.Slug ?? "", product?.Name ?? "", r.Rating, r.Title, r.Body, r.Author, r.Status.ToString(), r.RejectionReason,
                r.HelpfulCount, r.ReportCount, r.CreatedUtc, r.UpdatedUtc);
        }).ToList();
    }

    /// <summary>The slug of the product an approved review is about, or null.</summary>
    public async Task<string?> ProductSlugOfAsync(int reviewId, CancellationToken cancellationToken)
    {
        var productId = await db.Set<Review>().AsNoTracking().Where(r => r.Id == reviewId && r.Status == ReviewStatus.Approved).Select(r => (int?)r.ProductId).FirstOrDefaultAsync(cancellationToken);
        return productId is { } id && await catalog.GetPublishedAsync([], [id], cancellationToken) is [var product, ..] ? product.Slug : null;
    }
}
