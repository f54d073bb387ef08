using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>Lists and product pages in the shopper's currency: price sorting that follows fixed prices, and ETags that name the currency.</summary>
public sealed class CurrencyListTests(EuroShopAppFactory app) : IClassFixture<EuroShopAppFactory>
{
    [Fact]
    public async Task Sorting_by_price_in_euros_follows_a_fixed_euro_price_that_reverses_the_base_order()
    {
        // 15.00 USD is 13.80 EUR, 18.00 USD 16.56 EUR, 20.00 USD 18.40 EUR; but the dearest is fixed at 9.50 EUR.
        var dear = await app.ProductAsync("Wombat Dear", 2000, 10);
        await app.ProductAsync("Wombat Cheap", 1500, 10);
        await app.ProductAsync("Wombat Mid", 1800, 10);
        var admin = await app.ApiAdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/products/{dear.ProductId}/variants/{dear.VariantId}/price-list",
            new { prices = new[] { new { currency = "EUR", price = 950L } } })).OkJsonAsync();
        var api = app.CreateClient();

        var ascending = await (await api.GetAsync("/api/v1/products?q=wombat&currency=EUR&sort=price_asc")).OkJsonAsync();
        var descending = await (await api.GetAsync("/api/v1/products?q=wombat&currency=EUR&sort=price_desc")).OkJsonAsync();
        var second = await (await api.GetAsync("/api/v1/products?q=wombat&currency=EUR&sort=price_asc&page_size=1&page=2")).OkJsonAsync();
        var filtered = await (await api.GetAsync("/api/v1/products?q=wombat&currency=EUR&sort=price_asc&max_price=17")).OkJsonAsync();
        var dollars = await (await api.GetAsync("/api/v1/products?q=wombat&sort=price_asc")).OkJsonAsync();
        // Without words or filters the whole catalog is listed from the index's ready order: the fixed price still counts.
        var everything = Names(await (await api.GetAsync("/api/v1/products?currency=EUR&sort=price_asc&page_size=100")).OkJsonAsync());
        var euros = app.Browser();
        euros.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=EUR");
        var page = await euros.GetStringAsync("/products?q=wombat&sort=price_asc");

        Assert.Equal(["Wombat Dear", "Wombat Cheap", "Wombat Mid"], Names(ascending));
        Assert.Equal([950L, 1380L, 1656L], Prices(ascending));
        Assert.Equal(["Wombat Mid", "Wombat Cheap", "Wombat Dear"], Names(descending));
        Assert.Equal(["Wombat Cheap"], Names(second));
        Assert.Equal(["Wombat Dear", "Wombat Cheap", "Wombat Mid"], Names(filtered));
        Assert.Equal(["Wombat Cheap", "Wombat Mid", "Wombat Dear"], Names(dollars));
        Assert.True(everything.IndexOf("Wombat Dear") < everything.IndexOf("Wombat Cheap"), string.Join(", ", everything));
        Assert.True(page.IndexOf("Wombat Dear", StringComparison.Ordinal) < page.IndexOf("Wombat Cheap", StringComparison.Ordinal));
        Assert.True(page.IndexOf("Wombat Cheap", StringComparison.Ordinal) < page.IndexOf("Wombat Mid", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_product_pages_ETag_names_the_currency_so_a_shopper_who_switches_never_gets_a_304_in_the_old_one()
    {
        await app.ProductAsync("Tagged Lamp", 1999, 10);
        var shopper = app.Browser();
        shopper.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=EUR");
        var inEuros = await shopper.GetAsync("/products/tagged-lamp");
        var euroTag = inEuros.Headers.ETag;
        var againInEuros = await shopper.SendAsync(Conditional("/products/tagged-lamp", euroTag));
        var switched = app.Browser();
        switched.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=USD");
        var inDollars = await switched.SendAsync(Conditional("/products/tagged-lamp", euroTag));
        var dollarsAgain = await switched.SendAsync(Conditional("/products/tagged-lamp", euroTag));
        var apiEuros = await app.CreateClient().GetAsync("/api/v1/products/tagged-lamp?currency=EUR");
        var apiDollars = await app.CreateClient().GetAsync("/api/v1/products/tagged-lamp?currency=USD");

        Assert.NotNull(euroTag);
        Assert.Contains("18.39 EUR", await inEuros.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The same page in the same currency is not modified (the tag works at all).
        Assert.Equal(HttpStatusCode.NotModified, againInEuros.StatusCode);
        // In dollars with the euro page's tag: the whole page, in dollars, rendered then from the cache.
        Assert.Equal(HttpStatusCode.OK, inDollars.StatusCode);
        Assert.Contains("$19.99", await inDollars.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotEqual(euroTag, inDollars.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, dollarsAgain.StatusCode);
        Assert.Contains("$19.99", await dollarsAgain.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // The API's tag names the currency too when it is not the base one.
        Assert.NotEqual(apiEuros.Headers.ETag, apiDollars.Headers.ETag);
        Assert.True(apiEuros.Headers.ETag!.IsWeak);
    }

    private static HttpRequestMessage Conditional(string url, System.Net.Http.Headers.EntityTagHeaderValue? tag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (tag is not null)
        {
            request.Headers.IfNoneMatch.Add(tag);
        }

        return request;
    }

    private static List<string?> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

    private static List<long> Prices(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetInt64()).ToList();
}
