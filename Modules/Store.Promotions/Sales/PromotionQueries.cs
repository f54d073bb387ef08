using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Promotions.Pricing;

namespace Store.Promotions.Sales;

/// <summary>Promotions as responses, for the admin page and the API.</summary>
public sealed class PromotionQueries(StoreDbContext db, Targets targets)
{
    public async Task<List<PromotionResponse>> ListAsync(int? id, CancellationToken cancellationToken)
    {
        var promotions = await db.Set<Promotion>().AsNoTracking().Where(p => id == null || p.Id == id).OrderByDescending(p => p.StartsUtc).ThenBy(p => p.Id).ToListAsync(cancellationToken);
        var (categories, products) = await targets.NamesAsync(promotions.SelectMany(p => p.ProductIds), cancellationToken);
        return promotions.Select(p => new PromotionResponse(p.Id, p.Name, p.Percent, p.StartsUtc, p.EndsUtc, p.Active, categories(p.CategoryIds), products(p.ProductIds))).ToList();
    }
}
