using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.PriceHistory;

/// <summary>
/// Compares every variant's price now (its own, less the automatic promotion running, through <see cref="ISalePrices"/>)
/// with its open history row, and where they differ closes that row and opens one at the new price. Run by
/// <see cref="PriceHistoryJob"/> on one node at a time, and by the <c>prices</c> recipe step. A changed price is also a
/// <see cref="CatalogChange"/> of its product, in the same transaction: every node's index then lists it at its new price
/// (a timed promotion starting or ending changes no row of its own) and drops the cached pages that show the old one.
/// </summary>
public sealed class PriceHistoryRecorder(StoreDbContext db, ISalePrices sales, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromDays(30);
    private const int Chunk = 500;

    // The job's lease keeps other nodes out; this keeps two runs of this node (the timer and a recipe or a test) from
    // both closing the same open row.
    private static readonly SemaphoreSlim OneRun = new(1, 1);

    /// <summary>The number of variants whose price changed (and got a new row).</summary>
    public async Task<int> RecordAsync(CancellationToken cancellationToken)
    {
        await OneRun.WaitAsync(cancellationToken);
        try
        {
            return await RecordOnceAsync(cancellationToken);
        }
        finally
        {
            OneRun.Release();
        }
    }

    private async Task<int> RecordOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var variants = await db.Set<ProductVariant>().AsNoTracking().Select(v => new { v.Id, v.ProductId, v.Price }).ToListAsync(cancellationToken);
        if (variants.Count == 0)
        {
            return 0;
        }

        var off = await sales.PercentOffAsync(variants.Select(v => v.ProductId).Distinct().ToList(), cancellationToken);
        var open = (await db.Set<VariantPriceRecord>().AsNoTracking().Where(r => r.ToUtc == null)
            .Select(r => new { r.VariantId, r.Price }).ToListAsync(cancellationToken))
            .GroupBy(r => r.VariantId).ToDictionary(g => g.Key, g => g.Last().Price);
        var changed = variants
            .Select(v => (v.Id, v.ProductId, Price: off.TryGetValue(v.ProductId, out var percent) ? ISalePrices.Price(v.Price, percent) : v.Price))
            .Where(v => !open.TryGetValue(v.Id, out var price) || price != v.Price)
            .ToList();

        var since = now - Window;
        // Setup runs recipe steps in its own transaction; the job opens one here.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        foreach (var chunk in changed.Chunk(Chunk))
        {
            var ids = chunk.Select(c => c.Id).ToList();
            // Rows that were the price at some moment of the last 30 days; the open ones close now.
            var recent = (await db.Set<VariantPriceRecord>().AsNoTracking()
                .Where(r => ids.Contains(r.VariantId) && (r.ToUtc == null || r.ToUtc > since))
                .Select(r => new { r.VariantId, r.Price }).ToListAsync(cancellationToken))
                .ToLookup(r => r.VariantId, r => r.Price);
            await db.Set<VariantPriceRecord>().Where(r => ids.Contains(r.VariantId) && r.ToUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ToUtc, now), cancellationToken);
            db.AddRange(chunk.Select(c => new VariantPriceRecord
            {
                VariantId = c.Id,
                ProductId = c.ProductId,
                Price = c.Price,
                FromUtc = now,
                PriorLow = recent[c.Id].DefaultIfEmpty(c.Price).Min(),
            }));
            await db.SaveChangesAsync(cancellationToken);
        }

        await CatalogChanges.RecordAsync(db, changed.Select(c => c.ProductId), now, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return changed.Count;
    }
}
