using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Data;
using Store.Core.Liquid;
using Store.Core.Security;

namespace Store.Content.Pages;

/// <summary><c>/pages/{slug}</c> for shoppers (published pages, cached), an old slug answering 301; drafts preview in the admin.</summary>
internal static class PageStorefront
{
    public static void MapPageStorefront(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/pages/{slug}", async (string slug, HttpContext http, StoreDbContext db) =>
        {
            var page = await db.Set<ContentPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Slug == slug && p.IsPublished, http.RequestAborted);
            if (page is not null)
            {
                return Liquid.Page("Pages/Show", PageView.From(page));
            }

            // A renamed page's old links (bookmarks, search engines) move for good to its current address.
            var moved = await db.Set<PageSlugRedirect>().AsNoTracking().Where(r => r.Slug == slug)
                .Join(db.Set<ContentPage>().Where(p => p.IsPublished), r => r.PageId, p => p.Id, (r, p) => p.Slug)
                .FirstOrDefaultAsync(http.RequestAborted);
            return moved is null ? Results.NotFound() : Results.Redirect("/pages/" + Uri.EscapeDataString(moved), permanent: true);
        }).CacheOutput(ContentCache.Policy);

        endpoints.MapGet("/admin/content/pages/{id:int}/preview", async (int id, HttpContext http, StoreDbContext db) =>
            await db.Set<ContentPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, http.RequestAborted) is { } page
                ? Liquid.Page("Pages/Show", PageView.From(page))
                : Results.NotFound())
        .RequirePermission(ContentPermissions.ManageContent);
    }
}
