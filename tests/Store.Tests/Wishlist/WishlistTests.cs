using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Wishlist;

/// <summary>The wishlist of signed-in shoppers and visitors: the heart, the page, moving to the cart, sharing, and whose items are whose.</summary>
public sealed class WishlistTests(WishlistNodes nodes) : IClassFixture<WishlistNodes>
{
    private ShopAppFactory App => nodes.A;

    private async Task<(string Email, HttpClient Browser)> ShopperAsync()
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await App.CreateCustomerAsync(email);
        return (email, await App.SignedInCustomerAsync(email));
    }

    [Fact]
    public async Task A_saved_product_shows_on_the_wishlist_page_with_price_and_stock_and_the_heart_takes_it_off()
    {
        var item = await App.ProductAsync("Heart Lamp", 4500, 3);
        var (email, browser) = await ShopperAsync();

        var saved = await browser.HeartAsync(item);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/account/wishlist?saved=1", saved.Headers.Location?.OriginalString);
        var page = await browser.GetStringAsync("/account/wishlist");
        Assert.Contains("Heart Lamp", page, StringComparison.Ordinal);
        Assert.Contains("$45.00", page, StringComparison.Ordinal);
        Assert.Contains("In stock", page, StringComparison.Ordinal);
        Assert.Equal([item.ProductId], await browser.SavedProductsAsync());

        var removed = await browser.PostCartFormAsync("/wishlist/remove", new Dictionary<string, string> { ["productId"] = item.ProductId.ToString() });

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Empty(await browser.SavedProductsAsync());
        Assert.DoesNotContain("Heart Lamp", await browser.GetStringAsync("/account/wishlist"), StringComparison.Ordinal);
        Assert.Empty(await App.RowsAsync(email));
    }

    [Fact]
    public async Task The_wishlist_is_in_the_data_export_and_goes_when_the_account_is_erased()
    {
        var item = await App.ProductAsync("Export Heart", 2000, 3);
        var (_, api) = await App.ApiShopperAsync();
        Assert.True((await api.PostAsJsonAsync("/api/v1/account/wishlist", new { productId = item.ProductId })).IsSuccessStatusCode);

        var export = await (await api.GetAsync("/api/v1/account/export")).OkJsonAsync();
        var erased = await api.PostAsJsonAsync("/api/v1/account/erasure", new { password = Store.Tests.Accounts.Accounts.Password });

        var saved = Assert.Single(export.GetProperty("wishlist").GetProperty("items").EnumerateArray());
        Assert.Equal(item.ProductId, saved.GetProperty("productId").GetInt32());
        Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Set<Store.Wishlist.Items.WishlistItem>().CountAsync(i => i.ProductId == item.ProductId)));
    }

    [Fact]
    public async Task Saving_the_same_thing_many_times_at_once_keeps_one_row()
    {
        var item = await App.ProductAsync("Double Click", 1000, 5);
        var (email, browser) = await ShopperAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => browser.HeartAsync(item, variant: true)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Redirect, a.StatusCode));
        var row = Assert.Single(await App.RowsAsync(email));
        Assert.Equal(item.VariantId, row.VariantId);
    }

    [Fact]
    public async Task A_visitors_wishlist_kept_in_the_browser_moves_into_the_account_at_sign_in()
    {
        var (lamp, chair) = (await App.ProductAsync("Visitor Lamp", 1200, 4), await App.ProductAsync("Visitor Chair", 9900, 1));
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await App.CreateCustomerAsync(email);
        var browser = App.Browser();

        Assert.Equal("/wishlist?saved=1", (await browser.HeartAsync(lamp)).Headers.Location?.OriginalString);
        await browser.HeartAsync(chair, variant: true);
        var visitorPage = await browser.GetStringAsync("/wishlist");
        Assert.Contains("Visitor Lamp", visitorPage, StringComparison.Ordinal);
        Assert.Contains("Visitor Chair", visitorPage, StringComparison.Ordinal);
        Assert.Empty(await App.RowsAsync(email));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);

        Assert.Equal(new[] { chair.ProductId, lamp.ProductId }.Order(), (await browser.SavedProductsAsync()).Order());
        Assert.Equal(2, (await App.RowsAsync(email)).Count);
        // The account's list follows the shopper to another browser; the merge ran once (no doubles).
        var elsewhere = await (await App.SignedInCustomerAsync(email)).GetStringAsync("/account/wishlist");
        Assert.Contains("Visitor Lamp", elsewhere, StringComparison.Ordinal);
        Assert.Contains("Visitor Chair", elsewhere, StringComparison.Ordinal);
        await browser.GetStringAsync("/account/wishlist");
        Assert.Equal(2, (await App.RowsAsync(email)).Count);
    }

    [Fact]
    public async Task Moving_an_item_to_the_cart_adds_it_and_takes_it_off_the_wishlist()
    {
        var item = await App.ProductAsync("Movable Vase", 2500, 2);
        var (email, browser) = await ShopperAsync();
        await browser.HeartAsync(item);

        var moved = await browser.ItemFormAsync("/wishlist/move", await App.ItemIdAsync(email, item));

        Assert.Equal("/account/wishlist?moved=1", moved.Headers.Location?.OriginalString);
        Assert.Equal(1, await browser.CartCountAsync());
        Assert.Empty(await App.RowsAsync(email));
        Assert.Contains("Moved to your cart.", await browser.GetStringAsync("/account/wishlist?moved=1"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_out_of_stock_item_is_not_moved_and_stays_on_the_wishlist()
    {
        var item = await App.ProductAsync("Sold Out Clock", 2500, 0);
        var (email, browser) = await ShopperAsync();
        await browser.HeartAsync(item);

        var moved = await browser.ItemFormAsync("/wishlist/move", await App.ItemIdAsync(email, item));

        Assert.Equal(HttpStatusCode.BadRequest, moved.StatusCode);
        Assert.Contains("This item is out of stock.", await moved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await browser.CartCountAsync());
        Assert.Single(await App.RowsAsync(email));
    }

    [Fact]
    public async Task A_shared_link_shows_the_list_read_only_without_sign_in_until_it_is_revoked()
    {
        var item = await App.ProductAsync("Shared Rug", 15000, 2);
        var (_, browser) = await ShopperAsync();
        await browser.HeartAsync(item);

        Assert.Equal("/account/wishlist?shared=1", (await browser.PostCartFormAsync("/account/wishlist/share", new Dictionary<string, string>())).Headers.Location?.OriginalString);
        var link = LinkOf(await browser.GetStringAsync("/account/wishlist"));
        var stranger = App.Browser();
        var shared = await stranger.GetStringAsync(link);
        Assert.Contains("Shared Rug", shared, StringComparison.Ordinal);
        Assert.DoesNotContain("/wishlist/remove", shared, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link[..^3] + "abc")).StatusCode);

        await browser.PostCartFormAsync("/account/wishlist/share/revoke", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(link)).StatusCode);
        await browser.PostCartFormAsync("/account/wishlist/share", new Dictionary<string, string>());
        Assert.NotEqual(link, LinkOf(await browser.GetStringAsync("/account/wishlist")));
    }

    [Fact]
    public async Task Another_users_item_answers_404_and_stays_where_it_is()
    {
        var item = await App.ProductAsync("Private Mug", 800, 5);
        var (owner, ownerBrowser) = await ShopperAsync();
        await ownerBrowser.HeartAsync(item);
        var id = await App.ItemIdAsync(owner, item);
        var (_, other) = await ShopperAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await other.ItemFormAsync("/wishlist/remove", id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.ItemFormAsync("/wishlist/move", id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.ItemFormAsync("/wishlist/alerts", id, "price")).StatusCode);
        var (_, api) = await App.ApiShopperAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/account/wishlist/{id}")).StatusCode);

        Assert.Single(await App.RowsAsync(owner));
        Assert.Equal(0, await other.CartCountAsync());
    }

    [Fact]
    public async Task A_form_from_another_site_changes_nothing()
    {
        var item = await App.ProductAsync("Cross Site Bowl", 800, 5);
        var (email, browser) = await ShopperAsync();

        var answer = await browser.PostCartFormAsync("/wishlist/add", new Dictionary<string, string> { ["productId"] = item.ProductId.ToString() }, origin: "https://evil.example");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        Assert.Empty(await App.RowsAsync(email));
    }

    [Fact]
    public async Task The_api_lists_saves_once_and_removes_the_callers_items()
    {
        var item = await App.ProductAsync("Api Kettle", 3300, 0);
        var (_, api) = await App.ApiShopperAsync();

        var first = await (await api.PostAsJsonAsync("/api/v1/account/wishlist", new { variantId = item.VariantId })).OkJsonAsync(HttpStatusCode.Created);
        var again = await (await api.PostAsJsonAsync("/api/v1/account/wishlist", new { variantId = item.VariantId })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetInt32(), again.GetProperty("id").GetInt32());

        var list = await (await api.GetAsync("/api/v1/account/wishlist")).OkJsonAsync();
        var entry = Assert.Single(list.EnumerateArray());
        Assert.Equal("Api Kettle", entry.GetProperty("name").GetString());
        Assert.Equal(3300, entry.GetProperty("price").GetInt64());
        Assert.False(entry.GetProperty("inStock").GetBoolean());

        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsJsonAsync("/api/v1/account/wishlist", new { productId = 999999 })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.PostAsync("/api/v1/account/wishlist", new StringContent("{\"productId\": \"x\"}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await App.CreateClient().GetAsync("/api/v1/account/wishlist")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/v1/account/wishlist/{first.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.DeleteAsync($"/api/v1/account/wishlist/{first.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Empty((await (await api.GetAsync("/api/v1/account/wishlist")).OkJsonAsync()).EnumerateArray());
    }

    private static string LinkOf(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "/wishlist/shared/[A-Za-z0-9_-]+");
        Assert.True(match.Success, "The page shows no share link.");
        return match.Value;
    }
}
