using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Reviews.Reviews;

namespace Store.Reviews.Moderation;

/// <summary>
/// The Merchandisers' queue: approve or reject (with a reason) one review or many at once. Each step is a conditional
/// update of reviews still pending, so two moderators acting at once decide each review once.
/// </summary>
public sealed class ModerationDesk(StoreDbContext db, ICatalogChanges changes, TimeProvider time)
{
    public const int MaxBatch = 200;

    /// <summary>How many of <paramref name="ids"/> were pending and are now approved.</summary>
    public async Task<int> ApproveAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        await MoveAsync(ids, ReviewStatus.Approved, null, cancellationToken);

    /// <summary>How many of <paramref name="ids"/> were pending and are now rejected for <paramref name="reason"/>.</summary>
    public async Task<int> RejectAsync(IReadOnlyCollection<int> ids, string reason, CancellationToken cancellationToken) =>
        await MoveAsync(ids, ReviewStatus.Rejected, reason, cancellationToken);

    private async Task<int> MoveAsync(IReadOnlyCollection<int> ids, ReviewStatus to, string? reason, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        var moved = 0;
        await db.InTransactionAsync(async () =>
        {
            var pending = db.Set<Review>().Where(r => list.Contains(r.Id) && r.Status == ReviewStatus.Pending);
            var products = await pending.Select(r => r.ProductId).Distinct().ToListAsync(cancellationToken);
            moved = await pending.ExecuteUpdateAsync(s => s
                .SetProperty(r => r.Status, to)
                .SetProperty(r => r.RejectionReason, reason)
                .SetProperty(r => r.UpdatedUtc, time.GetUtcNow().UtcDateTime), cancellationToken);
            if (to == ReviewStatus.Approved && moved > 0)
            {
                await changes.RecordAsync(products, cancellationToken);
            }

            return true;
        }, cancellationToken);
        return moved;
    }
}
