using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Content.Menus;
using Store.Content.Snippets;
using Store.Core.Data;
using Store.Core.Liquid;

namespace Store.Content;

/// <summary>
/// Adds <c>menus</c> (header and footer links) and <c>product_shipping_html</c> (the shipping and returns text of
/// product pages) to every page, read from memory (<see cref="ContentCache"/>), so a page costs no query for them.
/// </summary>
internal sealed class ContentPageValues(ContentCache cache, ILogger<ContentPageValues> logger) : IPageValues
{
    public async Task AddAsync(HttpContext http, IDictionary<string, object?> values)
    {
        try
        {
            var db = http.RequestServices.GetRequiredService<StoreDbContext>();
            values["menus"] = await cache.KeepAsync("menus", async () =>
            {
                var menus = await MenuEditor.LoadAsync(db, http.RequestAborted);
                return new MenusView(menus[MenuNames.Header], menus[MenuNames.Footer]);
            });
            var snippets = await cache.KeepAsync("snippets", () =>
                db.Set<ContentSnippet>().AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Html, http.RequestAborted));
            values["product_shipping_html"] = snippets.GetValueOrDefault(SnippetKeys.ProductShipping) is { Length: > 0 } html ? html : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The error page renders through here too: with the database down it must still show, without menus.
            logger.LogWarning(e, "Menus and texts could not be read; the page is shown without them.");
            values["menus"] = new MenusView([], []);
        }
    }
}
