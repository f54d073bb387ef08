using Microsoft.EntityFrameworkCore;
using Store.Catalog.Media;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Core.Data;

namespace Store.Catalog.Contracts;

internal sealed class CatalogProducts(StoreDbContext db, CatalogCache cache, TimeProvider time) : ICatalogProducts
{
    public async Task<IReadOnlyList<CatalogProductSnapshot>> GetPublishedAsync(IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var rows = await db.Set<Product>().AsNoTracking()
            .Where(p => ids.Contains(p.Id) && p.Status == ProductStatus.Published)
            .OrderBy(p => p.Id)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.Slug,
                p.Sku,
                p.Price,
                p.Stock,
                Image = p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new CatalogProductSnapshot(r.Id, r.Name, r.Slug, r.Sku, r.Price, r.Stock, r.Image is null ? null : MediaUrls.Of(r.Image, MediaVariant.Thumb))).ToList();
    }

    public async Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken)
    {
        var merged = Merge(lines);
        if (merged.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("Quantities must be positive.", nameof(lines));
        }

        // One conditional UPDATE per line, in product-id order (two orders never wait on each other in a
        // circle), all or nothing: a transaction of our own unless the caller already has one.
        var reserved = await db.InTransactionAsync(async () =>
        {
            foreach (var line in merged)
            {
                var updated = await db.Set<Product>()
                    .Where(p => p.Id == line.ProductId && p.Status == ProductStatus.Published && p.Stock >= line.Quantity)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock - line.Quantity), cancellationToken);
                if (updated == 0)
                {
                    return false;
                }
            }

            await CatalogChanges.RecordAsync(db, merged.Select(l => l.ProductId), time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);
        if (!reserved)
        {
            return false;
        }

        // Stock shows on pages ("Only 3 left", sold out): cached pages must not keep the old figure.
        await cache.ChangedAsync(cancellationToken);
        return true;
    }

    public async Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken)
    {
        var merged = Merge(lines).Where(l => l.Quantity > 0).ToList();
        await db.InTransactionAsync(async () =>
        {
            foreach (var line in merged)
            {
                await db.Set<Product>().Where(p => p.Id == line.ProductId)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Stock, p => p.Stock + line.Quantity), cancellationToken);
            }

            await CatalogChanges.RecordAsync(db, merged.Select(l => l.ProductId), time.GetUtcNow().UtcDateTime, cancellationToken);
            return true;
        }, cancellationToken);

        await cache.ChangedAsync(cancellationToken);
    }

    private static List<StockLine> Merge(IReadOnlyList<StockLine> lines) =>
        lines.GroupBy(l => l.ProductId).Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity))).OrderBy(l => l.ProductId).ToList();
}
