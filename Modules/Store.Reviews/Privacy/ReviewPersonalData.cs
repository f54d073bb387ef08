using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Privacy;
using Store.Reviews.Reviews;

namespace Store.Reviews.Privacy;

/// <summary>
/// A customer's reviews and votes in the data export; erasure deletes the reviews (their votes go with them) and the
/// customer's own votes, taking their "helpful" votes off the counts. Deleted, not anonymised: a review is the
/// customer's own words and may name them, and a rating no longer backed by a buyer is not one shoppers can trust. The products whose approved reviews change are a catalog change, so every node's ratings follow.
/// </summary>
internal sealed class ReviewPersonalData(StoreDbContext db, ICatalogChanges changes) : IPersonalData
{
    public string Section => "reviews";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var reviews = await db.Set<Review>().AsNoTracking().Where(r => r.UserId == subject.UserId).OrderBy(r => r.Id)
            .Select(r => new { r.Id, r.ProductId, r.Author, r.Rating, r.Title, r.Body, status = r.Status.ToString(), r.CreatedUtc, r.UpdatedUtc })
            .ToListAsync(cancellationToken);
        var votes = await db.Set<ReviewVote>().AsNoTracking().Where(v => v.UserId == subject.UserId).OrderBy(v => v.Id)
            .Select(v => new { v.ReviewId, kind = v.Kind.ToString(), v.CreatedUtc })
            .ToListAsync(cancellationToken);
        return reviews.Count == 0 && votes.Count == 0 ? null : new { reviews, votes };
    }

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var rated = await db.Set<Review>().Where(r => r.UserId == subject.UserId && r.Status == ReviewStatus.Approved)
            .Select(r => r.ProductId).Distinct().ToListAsync(cancellationToken);
        // Their "helpful" votes stop counting, so "most helpful" ranks by the votes that remain.
        await db.Set<Review>().Where(r => r.HelpfulCount > 0 && db.Set<ReviewVote>().Any(v => v.ReviewId == r.Id && v.UserId == subject.UserId && v.Kind == ReviewVoteKind.Helpful))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HelpfulCount, r => r.HelpfulCount - 1), cancellationToken);
        await db.Set<ReviewVote>().Where(v => v.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<ReviewVote>().Where(v => db.Set<Review>().Any(r => r.Id == v.ReviewId && r.UserId == subject.UserId)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Review>().Where(r => r.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        if (rated.Count > 0)
        {
            await changes.RecordAsync(rated, cancellationToken);
        }

        return Erasure.Done;
    }
}
