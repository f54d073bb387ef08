using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Promotions.Sales;

namespace Store.Promotions.Pricing;

/// <summary>The catalog's sale prices: for each product, the largest percentage of the promotions running now that cover it.</summary>
internal sealed class PromotionSalePrices(StoreDbContext db, ICatalogTargets catalog, TimeProvider time) : ISalePrices
{
    public async Task<IReadOnlyDictionary<int, decimal>> PercentOffAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var running = await Running(db, now).ToListAsync(cancellationToken);
        if (running.Count == 0 || productIds.Count == 0)
        {
            return new Dictionary<int, decimal>();
        }

        var scope = await CatalogScope.LoadAsync(catalog, productIds, cancellationToken);
        return productIds.Distinct()
            .Select(id => (id, Best: running.Where(p => scope.Covers(id, p.CategoryIds, p.ProductIds)).Select(p => (decimal?)p.Percent).Max()))
            .Where(x => x.Best is not null)
            .ToDictionary(x => x.id, x => x.Best!.Value);
    }

    /// <summary>The promotions running at <paramref name="now"/>: active, started, not ended.</summary>
    public static IQueryable<Promotion> Running(StoreDbContext db, DateTime now) =>
        db.Set<Promotion>().AsNoTracking().Where(p => p.Active && p.StartsUtc <= now && p.EndsUtc > now);
}
