using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Liquid;
using Store.Currencies.Contracts;

namespace Store.Content.Home;

/// <summary><c>/</c>: the sections the merchandiser arranged, from the output cache (evicted by content and catalog changes).</summary>
internal static class HomeStorefront
{
    public static void MapHomeStorefront(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/", async (HttpContext http, StoreDbContext db, ICatalogShowcase catalog, IShopperCurrency shopper) =>
            Liquid.Page("Home/Index", await LoadAsync(db, catalog, http.RequestAborted) with { Currency = (await shopper.GetAsync(http.RequestAborted)).Currency }))
        .CacheOutput(ContentCache.Policy);

    public static async Task<HomePageView> LoadAsync(StoreDbContext db, ICatalogShowcase catalog, CancellationToken cancellationToken)
    {
        var sections = await db.Set<HomeSection>().AsNoTracking().Where(s => s.IsVisible)
            .OrderBy(s => s.Position).ThenBy(s => s.Id).ToListAsync(cancellationToken);
        var views = new List<HomeSectionView>();
        foreach (var s in sections)
        {
            // A handful of sections, each one short query: the page is then served from the output cache.
            var products = s.Kind switch
            {
                HomeSectionKind.Featured => await catalog.GetProductsAsync(s.ItemList, cancellationToken),
                HomeSectionKind.NewArrivals => await catalog.GetNewestAsync(s.Count, cancellationToken),
                HomeSectionKind.OnSale => await catalog.GetOnSaleAsync(s.Count, cancellationToken),
                _ => [],
            };
            var categories = s.Kind == HomeSectionKind.Categories ? await catalog.GetCategoriesAsync(s.ItemList, cancellationToken) : [];
            if (s.Kind != HomeSectionKind.Hero && products.Count == 0 && categories.Count == 0)
            {
                continue; // nothing on sale today: no empty heading
            }

            views.Add(new HomeSectionView(
                JsonNamingPolicy.SnakeCaseLower.ConvertName(s.Kind.ToString()),
                s.Heading, s.Text, s.ImageUrl, s.ImageAlt, s.LinkText, s.LinkUrl, products, categories));
        }

        return new HomePageView(views);
    }
}
