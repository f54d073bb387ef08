using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.PriceHistory;
using Store.Catalog.Search;
using Store.Core.Data;
using Store.Core.Liquid;
using Store.Core.Sites;

namespace Store.Catalog.Storefront;

/// <summary>Shared by <c>/products</c> and <c>/categories/{slug}</c>: parse, search, render; bad values answer 400 with the page and its messages.</summary>
internal static class ProductListHandler
{
    public static async Task<IResult> RenderAsync(HttpContext http, StoreDbContext db, ProductSearch search, SiteState site, CategoryTree tree, ProductListPage page, CategoryNode? category)
    {
        // A plain form submit sends every field, filled or not: the address keeps only the ones in use.
        if (http.Request.Query.Any(p => p.Value.Any(string.IsNullOrWhiteSpace)))
        {
            var used = new QueryBuilder(http.Request.Query.SelectMany(p => p.Value.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => KeyValuePair.Create(p.Key, v!))));
            return Results.Redirect(http.Request.PathBase + http.Request.Path + used.ToQueryString());
        }

        // Prices, filters and their echo are in the shopper's currency; the index is asked in the base currency.
        var prices = await ShopperPrices.OfAsync(http);
        var currency = prices.Currency;
        var (query, errors) = ProductQueryParser.Parse(http.Request.Query, currency, category?.Slug);
        var result = errors.Count > 0
            ? new ProductSearchResult([], 0, [], errors)
            : await search.SearchAsync(await prices.ForIndexAsync(query, http.RequestAborted), tree, http.RequestAborted);
        var sales = http.RequestServices.GetRequiredService<ISalePrices>();
        var items = await SaleDisplay.ApplyAsync(sales, await prices.CardsAsync(result.Items, http.RequestAborted), http.RequestAborted);
        result = result with { Items = prices.PriorLows(await http.RequestServices.GetRequiredService<PriorPrices>().ApplyAsync(items, http.RequestAborted)) };
        var model = ProductListBuilder.Build(page, query, result, currency, tree, categoryInPath: category is not null) with { Currency = currency };
        return Liquid.Page("Products/List", model, result.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
    }
}
