using System.Net;
using System.Text.Json;
using Store.Cart.Carts;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>Signing in brings the anonymous cart into the user's: every case of what adds up, what is capped and what is left out.</summary>
public sealed class CartMergeTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private static Dictionary<string, string> Add(Item item, int quantity) => new() { ["variantId"] = item.VariantId.ToString(), ["quantity"] = quantity.ToString() };

    private async Task<(string Email, HttpClient Browser)> SignedInWithCartAsync(params (Item Item, int Quantity)[] lines)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await app.SignedInCustomerAsync(email);
        foreach (var (item, quantity) in lines)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostCartFormAsync("/cart/add", Add(item, quantity))).StatusCode);
        }

        return (email, browser);
    }

    private static async Task<HttpClient> AnonymousWithCartAsync(ShopAppFactory app, params (Item Item, int Quantity)[] lines)
    {
        var browser = app.Browser();
        foreach (var (item, quantity) in lines)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await browser.PostCartFormAsync("/cart/add", Add(item, quantity))).StatusCode);
        }

        return browser;
    }

    [Fact]
    public async Task An_anonymous_cart_becomes_the_users_cart_at_sign_in_and_the_cookie_goes()
    {
        var (a, b) = (await app.ProductAsync("Merge A", 1000, 10), await app.ProductAsync("Merge B", 2000, 10));
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var browser = await AnonymousWithCartAsync(app, (a, 1), (b, 2));

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email)).StatusCode);
        var page = await browser.GetAsync("/cart");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(3, await browser.CartCountAsync());
        Assert.Contains("Merge A (1) was added from before you signed in.", html, StringComparison.Ordinal);
        Assert.Contains("Merge B (2) was added from before you signed in.", html, StringComparison.Ordinal);
        // Shown once.
        Assert.DoesNotContain("before you signed in", await browser.GetStringAsync("/cart"), StringComparison.Ordinal);
        // The user's cart follows the user to another browser.
        Assert.Equal(3, await (await app.SignedInCustomerAsync(email)).CartCountAsync());
    }

    [Fact]
    public async Task Quantities_of_the_same_variant_add_up_and_are_capped_by_stock_and_the_line_maximum()
    {
        var (plenty, scarce) = (await app.ProductAsync("Plenty", 100, 500), await app.ProductAsync("Scarce", 100, 4));
        var (email, _) = await SignedInWithCartAsync((plenty, 60), (scarce, 2));
        var browser = await AnonymousWithCartAsync(app, (plenty, 50), (scarce, 2));
        await app.SetStockAsync(scarce, 3);

        await browser.SignInAsync(email);
        var html = await browser.GetStringAsync("/cart");

        Assert.Contains("Plenty: 99 in your cart instead of 110, the most one line holds.", html, StringComparison.Ordinal);
        Assert.Contains("Scarce: 3 in your cart instead of 4, all that is in stock.", html, StringComparison.Ordinal);
        Assert.Equal(102, await browser.CartCountAsync());
    }

    [Fact]
    public async Task Sold_out_and_unpublished_lines_are_left_out_with_a_notice_and_existing_lines_are_summed()
    {
        var (kept, soldOut, hidden) = (await app.ProductAsync("Kept", 100, 10), await app.ProductAsync("Sold Out", 100, 5), await app.ProductAsync("Hidden", 100, 5));
        var (email, _) = await SignedInWithCartAsync((kept, 1));
        var browser = await AnonymousWithCartAsync(app, (kept, 2), (soldOut, 1), (hidden, 1));
        await app.SetStockAsync(soldOut, 0);
        await app.UnpublishAsync(hidden);

        await browser.SignInAsync(email);
        var html = System.Net.WebUtility.HtmlDecode(await browser.GetStringAsync("/cart"));

        Assert.Contains("Kept: 3 in your cart (1 already there and 2 added before you signed in).", html, StringComparison.Ordinal);
        Assert.Contains("Sold Out is out of stock, so it was left out.", html, StringComparison.Ordinal);
        Assert.Contains("Hidden is no longer for sale, so it was left out.", html, StringComparison.Ordinal);
        Assert.Equal(3, await browser.CartCountAsync());
    }

    [Fact]
    public async Task An_empty_anonymous_cart_changes_nothing_and_an_api_client_merges_with_its_cart_token()
    {
        var item = await app.ProductAsync("Api Merge", 100, 10);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(item, 1)).OkJsonAsync();

        var anonymous = app.CreateClient();
        var token = (await (await anonymous.AddAsync(item, 2)).OkJsonAsync()).GetProperty("cartToken").GetString()!;
        api.DefaultRequestHeaders.Add(CartLocator.TokenHeader, token);
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        Assert.Equal(3, cart.GetProperty("count").GetInt32());
        Assert.Contains(cart.GetProperty("notices").EnumerateArray(), n => n.GetString()!.Contains("1 already there and 2 added", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, cart.GetProperty("cartToken").ValueKind);
        // The token's cart is gone: sending it again adds nothing.
        Assert.Equal(3, (await (await api.GetAsync("/api/v1/cart")).OkJsonAsync()).GetProperty("count").GetInt32());

        var browser = app.Browser();
        var email2 = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email2);
        await browser.GetStringAsync("/cart");
        await browser.SignInAsync(email2);
        Assert.Equal(0, await browser.CartCountAsync());
        _ = email;
    }
}
