using Microsoft.EntityFrameworkCore;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Catalog.Products;

/// <summary>
/// Reads return periods: a product's own, else the shortest of its categories' (a category that says "not
/// returnable" wins over one that allows it: the merchant's stricter word stands), else none.
/// </summary>
internal sealed class ReturnPeriods(StoreDbContext db) : IReturnPeriods
{
    public async Task<IReadOnlyDictionary<int, int?>> GetAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct().ToList();
        var own = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).Select(p => new { p.Id, p.ReturnDays }).ToListAsync(cancellationToken);
        var byCategory = await db.Set<ProductCategory>().AsNoTracking().Where(pc => ids.Contains(pc.ProductId))
            .Join(db.Set<Category>().Where(c => c.ReturnDays != null), pc => pc.CategoryId, c => c.Id, (pc, c) => new { pc.ProductId, c.ReturnDays })
            .ToListAsync(cancellationToken);
        return own.ToDictionary(p => p.Id, p => p.ReturnDays ?? byCategory.Where(c => c.ProductId == p.Id).Min(c => c.ReturnDays));
    }
}
