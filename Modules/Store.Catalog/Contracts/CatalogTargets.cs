using Microsoft.EntityFrameworkCore;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Contracts;

internal sealed class CatalogTargets(StoreDbContext db) : ICatalogTargets
{
    public async Task<IReadOnlyList<CatalogTarget>> CategoriesAsync(CancellationToken cancellationToken) =>
        await db.Set<Category>().AsNoTracking().Select(c => new CatalogTarget(c.Id, c.Slug, c.Name, c.ParentId)).ToListAsync(cancellationToken);

    public async Task<IReadOnlyList<CatalogTarget>> ProductsAsync(IReadOnlyCollection<int> ids, IReadOnlyCollection<string> slugs, CancellationToken cancellationToken)
    {
        if (ids.Count == 0 && slugs.Count == 0)
        {
            return [];
        }

        var idList = ids.Distinct().ToList();
        var slugList = slugs.Distinct().ToList();
        return await db.Set<Product>().AsNoTracking().Where(p => idList.Contains(p.Id) || slugList.Contains(p.Slug))
            .OrderBy(p => p.Id).Select(p => new CatalogTarget(p.Id, p.Slug, p.Name, null)).ToListAsync(cancellationToken);
    }

    public async Task<ILookup<int, int>> CategoriesOfAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct().ToList();
        var rows = ids.Count == 0
            ? []
            : await db.Set<ProductCategory>().AsNoTracking().Where(pc => ids.Contains(pc.ProductId)).Select(pc => new { pc.ProductId, pc.CategoryId }).ToListAsync(cancellationToken);
        return rows.ToLookup(r => r.ProductId, r => r.CategoryId);
    }
}
