using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Cart.Carts;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>The cart as a shopper uses it: forms with and without script, the API, quantities, stock, notices, expiry.</summary>
public sealed class CartTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task An_anonymous_shopper_adds_with_script_off_and_sees_the_cart_with_totals()
    {
        var mug = await app.ProductAsync("Plain Mug", 1250, 8);
        var browser = app.Browser();

        var added = await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["productId"] = mug.ProductId.ToString(), ["quantity"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains(added.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".Store.Cart=", StringComparison.Ordinal) && c.Contains("httponly", StringComparison.OrdinalIgnoreCase));
        var page = await browser.GetStringAsync(added.Headers.Location!.OriginalString);
        Assert.Contains("Plain Mug", page, StringComparison.Ordinal);
        Assert.Contains("Added to your cart.", page, StringComparison.Ordinal);
        Assert.Contains("$25.00", page, StringComparison.Ordinal); // line total and subtotal
        Assert.Contains("$5.00", page, StringComparison.Ordinal); // flat shipping under the free threshold
        Assert.Contains("$30.00", page, StringComparison.Ordinal);
        Assert.Equal(2, await browser.CartCountAsync());

        // Changing the quantity as a plain form, then asking for JSON the way cart.js does.
        var token = FormPost.TokenOf(page);
        var update = await browser.PostFormAsync("/cart/update", new Dictionary<string, string> { ["variantId"] = mug.VariantId.ToString(), ["quantity"] = "4" }, token);
        Assert.Equal(HttpStatusCode.Redirect, update.StatusCode);
        var request = new HttpRequestMessage(HttpMethod.Post, "/cart/update")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = mug.VariantId.ToString(), ["quantity"] = "5", ["__RequestVerificationToken"] = token! }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var json = await (await browser.SendAsync(request)).OkJsonAsync();
        Assert.Equal(("$62.50", "Free", 5), (json.GetProperty("total").GetString(), json.GetProperty("shipping").GetString() ?? "Free", json.GetProperty("count").GetInt32()));
    }

    [Fact]
    public async Task The_product_page_form_with_the_session_token_is_accepted_and_a_cross_site_post_is_refused()
    {
        var lamp = await app.ProductAsync("Desk Lamp", 3000, 3);
        var browser = app.Browser();
        var session = await browser.GetFromJsonAsync<JsonElement>("/session");
        var field = session.GetProperty("antiforgery").GetProperty("field").GetString()!;
        var token = session.GetProperty("antiforgery").GetProperty("token").GetString()!;

        var withToken = await browser.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = lamp.VariantId.ToString(), ["quantity"] = "1", [field] = token }));
        Assert.Equal(HttpStatusCode.Redirect, withToken.StatusCode);

        var crossSite = await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = lamp.VariantId.ToString(), ["quantity"] = "1" }, origin: "https://evil.example");
        Assert.Equal(HttpStatusCode.BadRequest, crossSite.StatusCode);
        Assert.Contains("sent from outside the shop", await crossSite.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var noOrigin = await browser.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = lamp.VariantId.ToString(), ["quantity"] = "1" }));
        Assert.Equal(HttpStatusCode.BadRequest, noOrigin.StatusCode);
        var badToken = await browser.PostAsync("/cart/add", new FormUrlEncodedContent(new Dictionary<string, string> { ["variantId"] = lamp.VariantId.ToString(), ["quantity"] = "1", [field] = "forged" }));
        Assert.Equal(HttpStatusCode.BadRequest, badToken.StatusCode);
        Assert.Equal(1, await browser.CartCountAsync());
    }

    [Theory]
    [InlineData("0", "at least 1")]
    [InlineData("-1", "at least 1")]
    [InlineData("100", "At most 99")]
    [InlineData("99999999999999999999999", "At most 99")]
    [InlineData("1.5", "whole number")]
    [InlineData("two", "whole number")]
    [InlineData("", "Enter a quantity")]
    public async Task Bad_quantities_are_refused_with_a_message_on_the_form_and_the_api(string quantity, string message)
    {
        var cup = await app.ProductAsync("Cup " + Guid.NewGuid().ToString("n")[..6], 500, 500);
        var browser = app.Browser();

        var form = await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = cup.VariantId.ToString(), ["quantity"] = quantity });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains(message, await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var api = app.CreateClient();
        var body = quantity.Length == 0 ? "null" : decimal.TryParse(quantity, System.Globalization.CultureInfo.InvariantCulture, out _) ? quantity : $"\"{quantity}\"";
        var response = await api.PostAsync("/api/v1/cart/items", new StringContent($"{{\"variantId\":{cup.VariantId},\"quantity\":{body}}}", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Contains(message, problem.GetProperty("errors").GetProperty("quantity")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await browser.CartCountAsync());
    }

    [Fact]
    public async Task Adding_more_than_the_stock_is_refused_and_says_how_many_are_available()
    {
        var hose = await app.ProductAsync("Short Hose", 900, 3);
        var api = app.CreateClient();

        var first = await (await api.AddAsync(hose, 2)).OkJsonAsync();
        api.DefaultRequestHeaders.Add(CartLocator.TokenHeader, first.GetProperty("cartToken").GetString());
        var tooMany = await api.AddAsync(hose, 2);

        Assert.Equal(HttpStatusCode.BadRequest, tooMany.StatusCode);
        var problem = await tooMany.JsonAsync();
        Assert.Equal(3, problem.GetProperty("available").GetInt32());
        Assert.Contains("Only 3 of Short Hose are available. You already have 2", problem.GetProperty("title").GetString(), StringComparison.Ordinal);
        var set = await api.PutAsJsonAsync($"/api/v1/cart/items/{hose.VariantId}", new { quantity = 4 });
        Assert.Equal(HttpStatusCode.BadRequest, set.StatusCode);
        Assert.Equal(3, (await set.JsonAsync()).GetProperty("available").GetInt32());
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();
        Assert.Equal(2, cart.GetProperty("count").GetInt32());

        var browser = app.Browser();
        var form = await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = hose.VariantId.ToString(), ["quantity"] = "4" });
        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("Only 3 of Short Hose are available.", await form.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cart_says_when_a_price_changed_or_a_product_sold_out_or_was_unpublished()
    {
        var (pricey, gone, sold) = (await app.ProductAsync("Pricey Pot", 1000, 5), await app.ProductAsync("Gone Pan", 700, 5), await app.ProductAsync("Sold Sieve", 300, 5));
        var api = app.CreateClient();
        var first = await (await api.AddAsync(pricey, 1)).OkJsonAsync();
        api.DefaultRequestHeaders.Add(CartLocator.TokenHeader, first.GetProperty("cartToken").GetString());
        await (await api.AddAsync(gone, 1)).OkJsonAsync();
        await (await api.AddAsync(sold, 2)).OkJsonAsync();

        await app.SetPriceAsync(pricey, 1200);
        await app.UnpublishAsync(gone);
        await app.SetStockAsync(sold, 0);
        var cart = await (await api.GetAsync("/api/v1/cart")).OkJsonAsync();

        var lines = cart.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("variantId").GetInt32());
        Assert.Equal("price_changed", lines[pricey.VariantId].GetProperty("notice").GetString());
        Assert.Contains("from $10.00 to $12.00", lines[pricey.VariantId].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(1200, lines[pricey.VariantId].GetProperty("unitPrice").GetInt64());
        Assert.Equal("unavailable", lines[gone.VariantId].GetProperty("notice").GetString());
        Assert.Contains("Gone Pan is no longer for sale", lines[gone.VariantId].GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("out_of_stock", lines[sold.VariantId].GetProperty("notice").GetString());
        Assert.False(cart.GetProperty("canCheckout").GetBoolean());
        Assert.Equal(1200, cart.GetProperty("subtotal").GetInt64());
    }

    [Fact]
    public async Task Another_visitors_cart_cannot_be_reached_and_a_forged_token_starts_nothing()
    {
        var vase = await app.ProductAsync("Vase", 1500, 5);
        var owner = app.CreateClient();
        var token = (await (await owner.AddAsync(vase, 1)).OkJsonAsync()).GetProperty("cartToken").GetString()!;

        var stranger = app.CreateClient();
        stranger.DefaultRequestHeaders.Add(CartLocator.TokenHeader, token[..^4] + "AAAA");
        var cart = await (await stranger.GetAsync("/api/v1/cart")).OkJsonAsync();
        Assert.Equal(0, cart.GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/cart/items/{vase.VariantId}")).StatusCode);

        // A signed-in user's cart is reached by their token only, never by a cookie on the API.
        var (_, shopper) = await app.ApiShopperAsync();
        await (await shopper.AddAsync(vase, 2)).OkJsonAsync();
        var other = await app.ApiShopperAsync();
        Assert.Equal(0, (await (await other.Api.GetAsync("/api/v1/cart")).OkJsonAsync()).GetProperty("count").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await other.Api.PutAsJsonAsync($"/api/v1/cart/items/{vase.VariantId}", new { quantity = 1 })).StatusCode);
    }

    [Fact]
    public async Task Anonymous_carts_expire_and_the_clean_up_job_deletes_them()
    {
        var jug = await app.ProductAsync("Jug", 800, 5);
        var browser = app.Browser();
        await browser.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = jug.VariantId.ToString(), ["quantity"] = "1" });
        Assert.Equal(1, await browser.CartCountAsync());

        app.Time.Advance(TimeSpan.FromDays(31));
        Assert.Equal(0, await browser.CartCountAsync());
        await app.Services.GetRequiredService<CartCleanup>().RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, await app.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Set<Store.Cart.Carts.Cart>(), c => c.UserId == null && c.ExpiresUtc < app.Time.GetUtcNow().UtcDateTime)));
    }
}
