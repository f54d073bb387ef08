using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Taxes.Contracts;

namespace Store.Taxes.Categories;

internal sealed class TaxCategoryList(StoreDbContext db) : ITaxCategories
{
    public async Task<IReadOnlyList<TaxCategoryInfo>> ListAsync(CancellationToken cancellationToken) =>
        await db.Set<TaxCategory>().AsNoTracking().OrderBy(c => c.Name).Select(c => new TaxCategoryInfo(c.Code, c.Name, c.IsDefault)).ToListAsync(cancellationToken);
}
