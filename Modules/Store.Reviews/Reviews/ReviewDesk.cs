using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Orders.Contracts;

namespace Store.Reviews.Reviews;

/// <summary>
/// A customer's own reviews: write (verified buyers only, once per product), edit, delete; and shoppers' votes and
/// reports. A change to what is approved writes a catalog change in the same transaction, so every node's product
/// index (and cached pages) pick up the new rating.
/// </summary>
internal sealed class ReviewDesk(StoreDbContext db, IDeliveredPurchases purchases, ICatalogChanges changes, ReviewsOptions options, TimeProvider time)
{
    public async Task<ReviewOutcome> WriteAsync(string userId, int productId, ReviewInput input, CancellationToken cancellationToken)
    {
        var (clean, errors) = input.Check();
        if (errors.Count > 0)
        {
            return ReviewOutcome.Invalid(errors);
        }

        if (await purchases.FindAsync(userId, productId, cancellationToken) is not { } purchase)
        {
            return ReviewOutcome.Refused(ReviewRefusal.NotBuyer);
        }

        if (await db.Set<Review>().AnyAsync(r => r.ProductId == productId && r.UserId == userId, cancellationToken))
        {
            return ReviewOutcome.Refused(ReviewRefusal.AlreadyReviewed);
        }

        var now = time.GetUtcNow().UtcDateTime;
        var review = new Review
        {
            ProductId = productId,
            UserId = userId,
            Author = AuthorOf(purchase.FullName),
            Rating = clean.Rating!.Value,
            Title = clean.Title!,
            Body = clean.Body!,
            Status = options.RequireApproval ? ReviewStatus.Pending : ReviewStatus.Approved,
            CreatedUtc = now,
            UpdatedUtc = now,
        };
        try
        {
            await db.InTransactionAsync(async () =>
            {
                db.Add(review);
                await db.SaveChangesAsync(cancellationToken);
                await ChangedAsync(review.Status == ReviewStatus.Approved, review.ProductId, cancellationToken);
                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two submits at once: the unique index let one in.
            db.ChangeTracker.Clear();
            return ReviewOutcome.Refused(ReviewRefusal.AlreadyReviewed);
        }

        return new ReviewOutcome(review, errors);
    }

    /// <summary>Edits the caller's own review; it goes back to the queue when reviews are moderated.</summary>
    public async Task<ReviewOutcome> EditAsync(string userId, int reviewId, ReviewInput input, CancellationToken cancellationToken)
    {
        var (clean, errors) = input.Check();
        var review = await db.Set<Review>().FirstOrDefaultAsync(r => r.Id == reviewId && r.UserId == userId, cancellationToken);
        if (review is null)
        {
            return ReviewOutcome.Refused(ReviewRefusal.NotFound);
        }

        if (errors.Count > 0)
        {
            return ReviewOutcome.Invalid(errors);
        }

        var wasApproved = review.Status == ReviewStatus.Approved;
        (review.Rating, review.Title, review.Body) = (clean.Rating!.Value, clean.Title!, clean.Body!);
        review.Status = options.RequireApproval ? ReviewStatus.Pending : ReviewStatus.Approved;
        review.RejectionReason = null;
        review.UpdatedUtc = time.GetUtcNow().UtcDateTime;
        await db.InTransactionAsync(async () =>
        {
            await db.SaveChangesAsync(cancellationToken);
            await ChangedAsync(wasApproved || review.Status == ReviewStatus.Approved, review.ProductId, cancellationToken);
            return true;
        }, cancellationToken);
        return new ReviewOutcome(review, errors);
    }

    /// <summary>Deletes the caller's own review (with its votes); false when there is none of theirs.</summary>
    public async Task<bool> DeleteAsync(string userId, int reviewId, CancellationToken cancellationToken)
    {
        var review = await db.Set<Review>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == reviewId && r.UserId == userId, cancellationToken);
        if (review is null)
        {
            return false;
        }

        return await db.InTransactionAsync(async () =>
        {
            var deleted = await db.Set<Review>().Where(r => r.Id == reviewId && r.UserId == userId).ExecuteDeleteAsync(cancellationToken);
            await ChangedAsync(deleted > 0 && review.Status == ReviewStatus.Approved, review.ProductId, cancellationToken);
            return deleted > 0;
        }, cancellationToken);
    }

    /// <summary>
    /// A shopper's "helpful" vote (counted once per shopper) or report (sends an approved review back to the queue).
    /// False when the review is not shown (not approved, or unknown) or is the shopper's own.
    /// </summary>
    public async Task<bool> VoteAsync(string userId, int reviewId, ReviewVoteKind kind, CancellationToken cancellationToken)
    {
        var review = await db.Set<Review>().AsNoTracking().Where(r => r.Id == reviewId && r.Status == ReviewStatus.Approved && r.UserId != userId)
            .Select(r => new { r.ProductId }).FirstOrDefaultAsync(cancellationToken);
        if (review is null)
        {
            return false;
        }

        try
        {
            await db.InTransactionAsync(async () =>
            {
                db.Add(new ReviewVote { ReviewId = reviewId, UserId = userId, Kind = kind, CreatedUtc = time.GetUtcNow().UtcDateTime });
                await db.SaveChangesAsync(cancellationToken);
                var reviews = db.Set<Review>().Where(r => r.Id == reviewId);
                if (kind == ReviewVoteKind.Helpful)
                {
                    await reviews.ExecuteUpdateAsync(s => s.SetProperty(r => r.HelpfulCount, r => r.HelpfulCount + 1), cancellationToken);
                }
                else
                {
                    var sent = await reviews.Where(r => r.Status == ReviewStatus.Approved)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReportCount, r => r.ReportCount + 1).SetProperty(r => r.Status, ReviewStatus.Pending), cancellationToken);
                    await ChangedAsync(sent > 0, review.ProductId, cancellationToken);
                }

                return true;
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same shopper again (or twice at once): the unique index keeps one vote.
            db.ChangeTracker.Clear();
        }

        return true;
    }

    private Task ChangedAsync(bool approvedSetChanged, int productId, CancellationToken cancellationToken) =>
        approvedSetChanged ? changes.RecordAsync([productId], cancellationToken) : Task.CompletedTask;

    // "Ada Lovelace" is shown as "Ada L.": enough to be a person, not enough to find them.
    internal static string AuthorOf(string fullName)
    {
        var parts = fullName.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var author = parts.Length switch
        {
            0 => "Customer",
            1 => parts[0],
            _ => $"{parts[0]} {char.ToUpperInvariant(parts[^1][0])}.",
        };
        return author.Length > 100 ? author[..100] : author;
    }
}
