using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>The shopper's currency: the switcher and its cookie, lists, filters, product pages, the cart and cached pages in it.</summary>
public sealed class ShopperCurrencyTests(EuroShopAppFactory app) : IClassFixture<EuroShopAppFactory>
{
    [Fact]
    public async Task The_switcher_remembers_the_currency_and_every_page_shows_prices_in_it()
    {
        var lamp = await app.ProductAsync("Switch Lamp", 1999, 10);
        var browser = app.Browser();
        var inDollars = await browser.GetStringAsync("/products?q=switch");

        var foreign = await browser.PostCartFormAsync("/currency", new Dictionary<string, string> { ["currency"] = "EUR", ["returnUrl"] = "/products?q=switch" }, origin: "https://evil.test");
        var unknown = await browser.PostCartFormAsync("/currency", new Dictionary<string, string> { ["currency"] = "CHF", ["returnUrl"] = "/" });
        var stillDollars = await browser.GetStringAsync("/products?q=switch");
        var switched = await browser.PostCartFormAsync("/currency", new Dictionary<string, string> { ["currency"] = "EUR", ["returnUrl"] = "/products?q=switch" });
        var inEuros = await browser.GetStringAsync("/products?q=switch");
        var page = await browser.GetStringAsync("/products/switch-lamp");
        var otherVisitor = await app.Browser().GetStringAsync("/products?q=switch");

        Assert.Contains("$19.99", inDollars, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("$19.99", stillDollars, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/products?q=switch", switched.Headers.Location!.OriginalString);
        // 19.99 × 0.92 = 18.3908: to the cent.
        Assert.Contains("18.39 EUR", inEuros, StringComparison.Ordinal);
        Assert.DoesNotContain("$19.99", inEuros, StringComparison.Ordinal);
        Assert.Contains("<option value=\"EUR\" selected>", inEuros, StringComparison.Ordinal);
        Assert.Contains("18.39 EUR", page, StringComparison.Ordinal);
        Assert.Contains("\"priceCurrency\":\"EUR\"", page, StringComparison.Ordinal);
        // The list is cached: a visitor without the cookie still gets dollars.
        Assert.Contains("$19.99", otherVisitor, StringComparison.Ordinal);
        _ = lamp;
    }

    [Fact]
    public async Task The_browsers_regional_language_picks_a_currency_the_shop_sells_in()
    {
        await app.ProductAsync("Language Lamp", 1000, 10);
        var french = app.Browser();
        french.DefaultRequestHeaders.Add("Accept-Language", "fr-FR,fr;q=0.9");
        var swiss = app.Browser();
        swiss.DefaultRequestHeaders.Add("Accept-Language", "de-CH");

        // An unprefixed page is in the default language (English) whatever the browser says; the currency still follows
        // the browser's country, and the French pages under /fr/ show it the French way.
        Assert.Contains("9.20 EUR", await french.GetStringAsync("/products?q=language"), StringComparison.Ordinal);
        Assert.Contains("9,20", await french.GetStringAsync("/fr/products?q=language"), StringComparison.Ordinal);
        Assert.Contains("$10.00", await swiss.GetStringAsync("/products?q=language"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Price_filters_are_in_the_shoppers_currency_with_charm_prices()
    {
        // In GBP with .99 endings: 10.00 USD is 7.90 → 7.99; 12.65 USD is 9.9935 → 10.99; 12.50 USD is 9.875 → 9.99.
        await app.ProductAsync("Filter Cheap", 1000, 10);
        await app.ProductAsync("Filter Edge", 1250, 10);
        await app.ProductAsync("Filter Dear", 1265, 10);
        var api = app.CreateClient();

        var upTo = await (await api.GetAsync("/api/v1/products?q=filter&currency=GBP&max_price=9.99&sort=price_asc")).OkJsonAsync();
        var from = await (await api.GetAsync("/api/v1/products?q=filter&currency=GBP&min_price=9.99&sort=price_asc")).OkJsonAsync();
        var browser = app.Browser();
        browser.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=GBP");
        var page = await browser.GetStringAsync("/products?q=filter&max_price=9.99");

        Assert.Equal(["Filter Cheap", "Filter Edge"], Names(upTo));
        Assert.Equal([799L, 999L], Prices(upTo));
        Assert.Equal(["Filter Edge", "Filter Dear"], Names(from));
        Assert.Equal([999L, 1099L], Prices(from));
        Assert.Contains("Filter Edge", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Filter Dear", page, StringComparison.Ordinal);
        Assert.Contains("9.99 GBP", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_cart_is_in_the_shoppers_currency_and_says_so_when_the_rate_changes()
    {
        var lamp = await app.ProductAsync("Rate Lamp", 2500, 10);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=JPY", new { variantId = lamp.VariantId, quantity = 3 })).OkJsonAsync();
        var before = await (await api.GetAsync("/api/v1/cart?currency=JPY")).OkJsonAsync();

        await app.SetRateAsync("JPY", 160m, 1m, 0m);
        var after = await (await api.GetAsync("/api/v1/cart?currency=JPY")).OkJsonAsync();
        await app.SetRateAsync("JPY", 151.37m, 1m, 0m);

        // 25.00 × 151.37 = 3784.25 → ¥3,784 a unit, three of them.
        var line = before.GetProperty("lines")[0];
        Assert.Equal(("JPY", 3784L, 11352L), (before.GetProperty("currency").GetString(), line.GetProperty("unitPrice").GetInt64(), line.GetProperty("lineTotal").GetInt64()));
        Assert.Equal(11352L, before.GetProperty("subtotal").GetInt64());
        var changed = after.GetProperty("lines")[0];
        Assert.Equal(("price_changed", 4000L), (changed.GetProperty("notice").GetString(), changed.GetProperty("unitPrice").GetInt64()));
        Assert.Contains("exchange rates", changed.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static List<string?> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

    private static List<long> Prices(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetInt64()).ToList();
}
