using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Content.Pages;
using Store.Core.Data;

namespace Store.Content.Seo;

/// <summary>Every public page a search engine should find, as paths: the home page, the product list, content pages, products and categories.</summary>
internal static class SitemapEntries
{
    public static async Task<IReadOnlyList<CatalogAddress>> LoadAsync(StoreDbContext db, ICatalogAddresses catalog, CancellationToken cancellationToken)
    {
        var pages = await db.Set<ContentPage>().AsNoTracking().Where(p => p.IsPublished).OrderBy(p => p.Id)
            .Select(p => new { p.Slug, p.UpdatedUtc }).ToListAsync(cancellationToken);
        var addresses = await catalog.GetPublicAsync(cancellationToken);
        var newest = addresses.Select(a => a.UpdatedUtc).Concat(pages.Select(p => p.UpdatedUtc)).DefaultIfEmpty(DateTime.UnixEpoch).Max();
        return
        [
            new CatalogAddress("/", newest),
            new CatalogAddress("/products", newest),
            .. pages.Select(p => new CatalogAddress("/pages/" + Uri.EscapeDataString(p.Slug), p.UpdatedUtc)),
            .. addresses,
        ];
    }
}
