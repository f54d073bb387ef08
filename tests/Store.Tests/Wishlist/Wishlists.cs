using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Email;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;
using Store.Wishlist.Alerts;
using Store.Wishlist.Items;

namespace Store.Tests.Wishlist;

/// <summary>Steps of the wishlist tests: the heart's post, the page's forms, the session's saved ids, the alert job and its emails.</summary>
internal static partial class Wishlists
{
    public static Task<HttpResponseMessage> HeartAsync(this HttpClient browser, Item item, bool variant = false) =>
        browser.PostCartFormAsync("/wishlist/add", variant
            ? new Dictionary<string, string> { ["variantId"] = item.VariantId.ToString() }
            : new Dictionary<string, string> { ["productId"] = item.ProductId.ToString() });

    public static Task<HttpResponseMessage> ItemFormAsync(this HttpClient browser, string path, string item, string? kind = null)
    {
        var fields = new Dictionary<string, string> { ["item"] = item };
        if (kind is not null)
        {
            fields["kind"] = kind;
        }

        return browser.PostCartFormAsync(path, fields);
    }

    public static async Task<List<int>> SavedProductsAsync(this HttpClient browser)
    {
        var session = await browser.GetFromJsonAsync<JsonElement>("/session");
        return session.GetProperty("wishlist").EnumerateArray().Select(e => e.GetInt32()).ToList();
    }

    public static Task<List<WishlistItem>> RowsAsync(this CatalogAppFactory app, string email) =>
        app.WithDbAsync(async db =>
        {
            var users = db.Set<Store.Accounts.Users.User>().Where(u => u.Email == email).Select(u => u.Id);
            return await db.Set<WishlistItem>().AsNoTracking().Where(i => users.Contains(i.UserId)).ToListAsync();
        });

    /// <summary>The row id a signed-in user's page forms send for the entry of <paramref name="item"/>.</summary>
    public static async Task<string> ItemIdAsync(this CatalogAppFactory app, string email, Item item) =>
        (await app.RowsAsync(email)).Single(i => i.ProductId == item.ProductId).Id.ToString();

    public static async Task<bool> RunAlertsAsync(this StoreAppFactory app) =>
        await app.Services.GetRequiredService<AlertJob>().RunOnceAsync(CancellationToken.None);

    public static Task<List<OutboxMessage>> MailsToAsync(this CatalogAppFactory app, string email) =>
        app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == email.ToLowerInvariant()).OrderBy(m => m.Id).ToListAsync());

    public static string UnsubscribePath(OutboxMessage message) => UnsubscribeLink().Match(message.HtmlBody).Value;

    [GeneratedRegex("/wishlist/alerts/unsubscribe/[^\"<\\s]+")]
    private static partial Regex UnsubscribeLink();
}
