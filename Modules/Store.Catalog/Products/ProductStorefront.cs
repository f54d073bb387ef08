using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.PriceHistory;
using Store.Catalog.Search;
using Store.Catalog.Storefront;
using Store.Catalog.Translations;
using Store.Core.Data;
using Store.Core.Email;
using Store.Core.Liquid;
using Store.Core.Security;
using Store.Core.Sites;

namespace Store.Catalog.Products;

/// <summary>The shopper's product list and product pages; served from the output cache to anonymous visitors.</summary>
internal static class ProductStorefront
{
    private const int RelatedCount = 4;

    public static void MapProductStorefront(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/products", async (HttpContext http, StoreDbContext db, ProductSearch search, SiteState site) =>
        {
            var tree = await http.RequestServices.GetRequiredService<CatalogCache>().CategoryTreeAsync(db, http.RequestAborted);
            var page = new ProductListPage { Title = "Shop", Path = "/products" };
            return await ProductListHandler.RenderAsync(http, db, search, site, tree, page, category: null);
        }).CacheOutput(CatalogCache.Policy);

        endpoints.MapGet("/products/{slug}", async (string slug, HttpContext http, StoreDbContext db, SiteState site) =>
        {
            var product = await ProductDetails.LoadAsync(db, id: null, slug, includeDrafts: false, http.RequestAborted);
            if (product is null)
            {
                // A slug the product used to have: send the shopper (and search engines) to the current one.
                return await ProductDetails.MovedSlugAsync(db, slug, http.RequestAborted) is { } moved
                    ? Results.Redirect("/products/" + Uri.EscapeDataString(moved) + http.Request.QueryString, permanent: true)
                    : Results.NotFound();
            }

            CatalogCache.TagProductPage(http, product.Id);
            return await RenderAsync(http, db, site, await ProductTranslations.ForRequestAsync(http, db, product));
        }).CacheOutput(CatalogCache.Policy);
    }

    /// <summary>A draft as shoppers would see it, for merchandisers only (never cached).</summary>
    public static void MapProductPreview(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/admin/catalog/products/{id:int}/preview", async (int id, HttpContext http, StoreDbContext db, SiteState site) =>
            await ProductDetails.LoadAsync(db, id, null, includeDrafts: true, http.RequestAborted) is { } product
                ? await RenderAsync(http, db, site, await ProductTranslations.ForRequestAsync(http, db, product))
                : Results.NotFound())
        .RequirePermission(CatalogPermissions.ManageProducts);

    /// <summary>Renders a product page; the admin's preview of a draft uses it too.</summary>
    public static async Task<IResult> RenderAsync(HttpContext http, StoreDbContext db, SiteState site, ProductDetails product)
    {
        var prices = await ShopperPrices.OfAsync(http);
        var currency = prices.Currency;
        var tree = await http.RequestServices.GetRequiredService<CatalogCache>().CategoryTreeAsync(db, http.RequestAborted);
        // Never the request's Host outside Development: JSON-LD is read by search engines and caches (EmailOptions.PublicOrigin).
        var origin = http.RequestServices.GetRequiredService<EmailOptions>().PublicOrigin(http);
        var variantId = int.TryParse(http.Request.Query["variant"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : (int?)null;
        product = await SaleDisplay.ApplyAsync(http.RequestServices.GetRequiredService<ISalePrices>(), await prices.ProductAsync(product, http.RequestAborted), http.RequestAborted);
        var prior = prices.PriorLows(await http.RequestServices.GetRequiredService<PriorPrices>().ByVariantAsync(product.Id, http.RequestAborted));
        var words = http.RequestServices.GetRequiredService<IStringLocalizer<ProductSearch>>();
        product = product with { Attributes = [.. product.Attributes.Select(a => a.Type == AttributeType.YesNo ? a with { Value = YesNoWords.Shown(words, a.Value) } : a)] };
        var page = ProductPage.From(product, tree, currency, origin, variantId, prior);

        // ?image=N (from 1): the thumbnail chosen without script shows as the main picture.
        if (int.TryParse(http.Request.Query["image"].FirstOrDefault(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var image)
            && image >= 1 && image <= page.Images.Count)
        {
            page = page with { MainImage = page.Images[image - 1] };
        }

        page = await ReviewsSection.ApplyAsync(http, db, page);
        // The ETag names the currency (and its rate) besides the HTML: a shopper who switches never gets a 304 for the old one.
        return new LiquidResult("Products/Show", page with { Related = await RelatedAsync(http, product, tree, prices) }, StatusCodes.Status200OK, null)
        {
            EntityTagVary = Store.Core.Money.ShopperCurrency.CacheKey(http).Value,
        };
    }

    // Other products of the same category, through the product index like any list (published only).
    private static async Task<IReadOnlyList<ProductCard>> RelatedAsync(HttpContext http, ProductDetails product, CategoryTree tree, ShopperPrices prices)
    {
        if (product.Categories.Count == 0 || tree.Find(product.Categories[0].Id) is not { } category)
        {
            return [];
        }

        var search = http.RequestServices.GetRequiredService<ProductSearch>();
        var found = await search.SearchAsync(new ProductQuery { Category = category.Slug, PageSize = RelatedCount + 1 }, tree, http.RequestAborted);
        var related = found.Items.Where(p => p.Id != product.Id).Take(RelatedCount).ToList();
        var cards = await SaleDisplay.ApplyAsync(http.RequestServices.GetRequiredService<ISalePrices>(), await prices.CardsAsync(related, http.RequestAborted), http.RequestAborted);
        return prices.PriorLows(await http.RequestServices.GetRequiredService<PriorPrices>().ApplyAsync(cards, http.RequestAborted));
    }
}
