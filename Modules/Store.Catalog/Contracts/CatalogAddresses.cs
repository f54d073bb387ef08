using Microsoft.EntityFrameworkCore;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Core.Data;

namespace Store.Catalog.Contracts;

internal sealed class CatalogAddresses(StoreDbContext db) : ICatalogAddresses
{
    public async Task<IReadOnlyList<CatalogAddress>> GetPublicAsync(CancellationToken cancellationToken)
    {
        var products = await db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Published)
            .OrderBy(p => p.Id).Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(cancellationToken);
        var categories = await db.Set<Category>().AsNoTracking().OrderBy(c => c.Id)
            .Select(c => new { c.Slug, c.UpdatedUtc }).ToListAsync(cancellationToken);
        return
        [
            .. products.Select(p => new CatalogAddress("/products/" + Uri.EscapeDataString(p.Slug), p.UpdatedUtc)),
            .. categories.Select(c => new CatalogAddress("/categories/" + Uri.EscapeDataString(c.Slug), c.UpdatedUtc)),
        ];
    }
}
