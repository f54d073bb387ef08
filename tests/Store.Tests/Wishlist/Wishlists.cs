using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
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

    public static Task<List<OutboxMessage>> MailsToAsync(this CatalogAppFactory app, string email)
    {
        var to = email.ToLowerInvariant(); // the outbox keeps addresses in lower case
        return app.WithDbAsync(db => db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id).ToListAsync());
    }

    public static string UnsubscribePath(MimeMessage message) => UnsubscribeLink().Match(message.HtmlBody ?? string.Empty).Value;

    /// <summary>
    /// The email as sent (the outbox keeps no body once it is sent), from whichever node's sender took it: each test
    /// node writes the <c>.eml</c> files it sends into a folder of its own.
    /// </summary>
    public static Task<MimeMessage> SentMailAsync(this WishlistNodes nodes, string to, string subjectContains) =>
        Eventually.ValueAsync(
            async () =>
            {
                foreach (var file in new[] { nodes.A.MailFolder, nodes.B.MailFolder }.Where(Directory.Exists).SelectMany(f => Directory.GetFiles(f, "*.eml")))
                {
                    var message = await MimeMessage.LoadAsync(file);
                    if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)) && (message.Subject ?? string.Empty).Contains(subjectContains, StringComparison.Ordinal))
                    {
                        return message;
                    }
                }

                return null;
            },
            $"No email to {to} about '{subjectContains}' was sent.",
            TimeSpan.FromSeconds(20));

    [GeneratedRegex("/wishlist/alerts/unsubscribe/[^\"<\\s]+")]
    private static partial Regex UnsubscribeLink();
}
