using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Search;
using Store.Catalog.Storefront;
using Store.Core.Data;
using Store.Core.Sites;

namespace Store.Catalog.Categories;

internal static class CategoryStorefront
{
    public static void MapCategoryStorefront(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/categories/{slug}", async (string slug, HttpContext http, StoreDbContext db, ProductSearch search, SiteState site, ICatalogShowcase showcase) =>
        {
            var tree = await http.RequestServices.GetRequiredService<CatalogCache>().CategoryTreeAsync(db, http.RequestAborted);
            if (tree.FindBySlug(slug) is not { } category)
            {
                // A renamed category's old links (bookmarks, search engines) move for good to its page.
                return await tree.FindMovedAsync(db, slug, http.RequestAborted) is { } moved
                    ? Results.Redirect(moved.Url + http.Request.QueryString, permanent: true)
                    : Results.NotFound();
            }

            var path = tree.PathTo(category.Id);
            var children = tree.Children(category.Id).Select(c => c.Slug).ToList();
            var page = new ProductListPage
            {
                Title = category.Name,
                Path = category.Url,
                Intro = string.IsNullOrWhiteSpace(category.Description) ? null : category.Description,
                Breadcrumbs = [new Link("Shop", "/products"), .. path.Take(path.Count - 1).Select(c => new Link(c.Name, c.Url))],
                Subcategories = children.Count == 0 ? [] : await showcase.GetCategoriesAsync(children, http.RequestAborted),
            };
            return await ProductListHandler.RenderAsync(http, db, search, site, tree, page, category);
        }).CacheOutput(CatalogCache.Policy);
}
