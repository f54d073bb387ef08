using Microsoft.EntityFrameworkCore;
using Store.Catalog.Search;
using Store.Core.Data;

namespace Store.Catalog.PriceHistory;

/// <summary>
/// Puts "lowest price in the previous 30 days" beside what is shown as discounted, when the setting is on: one
/// indexed query per page (the open history rows of the page's products), never one per product.
/// </summary>
public sealed class PriorPrices(StoreDbContext db, CatalogCache cache)
{
    public Task<bool> ShownAsync(CancellationToken cancellationToken) =>
        cache.KeepAsync("price-settings", async () =>
            await db.Set<PriceSettings>().AsNoTracking().Where(s => s.Id == PriceSettings.SingletonId).Select(s => (bool?)s.ShowLowestPriorPrice).FirstOrDefaultAsync(cancellationToken) ?? false);

    public async Task SaveAsync(bool show, CancellationToken cancellationToken)
    {
        var settings = await db.Set<PriceSettings>().FirstOrDefaultAsync(s => s.Id == PriceSettings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = new PriceSettings();
            db.Add(settings);
        }

        settings.ShowLowestPriorPrice = show;
        await db.SaveChangesAsync(cancellationToken);
        await cache.ChangedAsync(cancellationToken);
    }

    /// <summary>By product: the lowest of its variants' prior lows (a card shows the product's lowest price).</summary>
    public async Task<IReadOnlyDictionary<int, long>> ByProductAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        if (productIds.Count == 0 || !await ShownAsync(cancellationToken))
        {
            return new Dictionary<int, long>();
        }

        return await db.Set<VariantPriceRecord>().AsNoTracking()
            .Where(r => productIds.Contains(r.ProductId) && r.ToUtc == null)
            .GroupBy(r => r.ProductId)
            .Select(g => new { g.Key, Low = g.Min(r => r.PriorLow) })
            .ToDictionaryAsync(x => x.Key, x => x.Low, cancellationToken);
    }

    /// <summary>By variant, for one product's page.</summary>
    public async Task<IReadOnlyDictionary<int, long>> ByVariantAsync(int productId, CancellationToken cancellationToken)
    {
        if (!await ShownAsync(cancellationToken))
        {
            return new Dictionary<int, long>();
        }

        return (await db.Set<VariantPriceRecord>().AsNoTracking()
            .Where(r => r.ProductId == productId && r.ToUtc == null)
            .Select(r => new { r.VariantId, r.PriorLow }).ToListAsync(cancellationToken))
            .GroupBy(r => r.VariantId).ToDictionary(g => g.Key, g => g.Min(r => r.PriorLow));
    }

    /// <summary>The cards shown as discounted get their prior low.</summary>
    public async Task<IReadOnlyList<ProductCard>> ApplyAsync(IReadOnlyList<ProductCard> cards, CancellationToken cancellationToken)
    {
        var onSale = cards.Where(c => c.OnSale).Select(c => c.Id).ToList();
        var lows = await ByProductAsync(onSale, cancellationToken);
        return lows.Count == 0 ? cards : cards.Select(c => c.OnSale && lows.TryGetValue(c.Id, out var low) ? c with { PriorLowPrice = low } : c).ToList();
    }
}
