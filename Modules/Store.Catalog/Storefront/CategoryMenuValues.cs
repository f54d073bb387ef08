using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Catalog.Categories;
using Store.Core.Data;
using Store.Core.Liquid;

namespace Store.Catalog.Storefront;

/// <summary>
/// Adds <c>category_menu</c> (the top two levels of the tree) to every page for the header. Kept in memory until
/// the catalog changes, so an uncached page costs no query for it; cached pages are evicted with the catalog.
/// </summary>
internal sealed class CategoryMenuValues(CatalogCache cache, ILogger<CategoryMenuValues> logger) : IPageValues
{
    public async Task AddAsync(HttpContext http, IDictionary<string, object?> values)
    {
        try
        {
            values["category_menu"] = await cache.KeepAsync<IReadOnlyList<CategoryMenuItem>>("category-menu-" + System.Globalization.CultureInfo.CurrentUICulture.Name, async () =>
            {
                var db = http.RequestServices.GetRequiredService<StoreDbContext>();
                var tree = await cache.CategoryTreeAsync(db, http.RequestAborted);
                return tree.Roots
                    .Select(r => new CategoryMenuItem(r.Name, r.Url, tree.Children(r.Id).Select(c => new Link(c.Name, c.Url)).ToList()))
                    .ToList();
            });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The error page renders through here too: with the database down it must still show, without the menu.
            logger.LogWarning(e, "The category menu could not be read; the page is shown without it.");
        }
    }
}
