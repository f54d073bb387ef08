using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Orders;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>Prices fixed per variant and currency: they win on lists, product pages, JSON-LD, the cart and the order; filters find them; bad entries change nothing.</summary>
public sealed class PriceListTests(EuroShopAppFactory app) : IClassFixture<EuroShopAppFactory>
{
    [Fact]
    public async Task A_price_fixed_in_euros_wins_everywhere_a_shopper_in_euros_sees_or_pays_it()
    {
        // 19.99 USD converts to 18.39 EUR; the merchandiser fixes 17.50 EUR, was 21.00 EUR.
        var lamp = await app.ProductAsync("Zanzibar Lamp", 1999, 10);
        var euros = app.Browser();
        euros.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=EUR");
        var cachedBefore = await euros.GetStringAsync("/products?q=zanzibar");
        var admin = await app.ApiAdminAsync();

        var saved = await (await admin.PutAsJsonAsync($"/api/v1/products/{lamp.ProductId}/price-lists",
            new { variants = new[] { new { variantId = lamp.VariantId, prices = new[] { new { currency = "eur", price = 1750L, compareAtPrice = (long?)2100 } } } } })).OkJsonAsync();
        var list = await euros.GetStringAsync("/products?q=zanzibar");
        var page = await euros.GetStringAsync("/products/zanzibar-lamp");
        var apiList = await (await app.CreateClient().GetAsync("/api/v1/products?q=zanzibar&currency=EUR")).OkJsonAsync();
        var apiProduct = await (await app.CreateClient().GetAsync("/api/v1/products/zanzibar-lamp?currency=EUR")).OkJsonAsync();
        var inDollars = await app.Browser().GetStringAsync("/products/zanzibar-lamp");
        var inPounds = await (await app.CreateClient().GetAsync("/api/v1/products?q=zanzibar&currency=GBP")).OkJsonAsync();

        Assert.Contains("18.39 EUR", cachedBefore, StringComparison.Ordinal);
        var entry = saved[0].GetProperty("prices")[0];
        Assert.Equal(("EUR", 1750L, 2100L), (entry.GetProperty("currency").GetString(), entry.GetProperty("price").GetInt64(), entry.GetProperty("compareAtPrice").GetInt64()));
        // The cached list was evicted by the save: the fixed price shows, not the converted one.
        Assert.Contains("17.50 EUR", list, StringComparison.Ordinal);
        Assert.DoesNotContain("18.39 EUR", list, StringComparison.Ordinal);
        Assert.Contains("21.00 EUR", list, StringComparison.Ordinal);
        Assert.Contains("17.50 EUR", page, StringComparison.Ordinal);
        Assert.Contains("\"price\":\"17.50\"", page, StringComparison.Ordinal);
        var item = Assert.Single(apiList.GetProperty("items").EnumerateArray());
        Assert.Equal((1750L, 2100L), (item.GetProperty("price").GetInt64(), item.GetProperty("compareAtPrice").GetInt64()));
        Assert.Equal(1750L, apiProduct.GetProperty("variants")[0].GetProperty("price").GetInt64());
        // Other currencies keep converting: dollars as entered, pounds by their .99 rule (19.99 × 0.79 = 15.79 → 15.99).
        Assert.Contains("$19.99", inDollars, StringComparison.Ordinal);
        Assert.Equal(1599L, inPounds.GetProperty("items")[0].GetProperty("price").GetInt64());

        // The cart and the order charge the fixed price.
        var (_, api) = await app.ApiShopperAsync();
        await (await api.PostAsJsonAsync("/api/v1/cart/items?currency=EUR", new { variantId = lamp.VariantId, quantity = 2 })).OkJsonAsync();
        var cart = await (await api.GetAsync("/api/v1/cart?currency=EUR")).OkJsonAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders?currency=EUR") { Content = JsonContent.Create(new { address = Shop.Address }) };
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString("n"));
        var number = (await (await api.SendAsync(request)).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString();
        var order = await app.WithOrdersAsync(q => q.Include(o => o.Lines).FirstAsync(o => o.Number == number));

        var line = cart.GetProperty("lines")[0];
        Assert.Equal((1750L, 3500L), (line.GetProperty("unitPrice").GetInt64(), line.GetProperty("lineTotal").GetInt64()));
        Assert.Null(line.GetProperty("notice").GetString());
        Assert.Equal(("EUR", 1750L, 3500L), (order.Currency, Assert.Single(order.Lines).UnitPrice, order.Lines[0].LineTotal));
    }

    [Fact]
    public async Task A_price_filter_in_euros_matches_the_fixed_euro_price_not_the_converted_one()
    {
        // 20.00 USD converts to 18.40 EUR, but its EUR price is fixed at 9.50.
        var fixedLamp = await app.ProductAsync("Quokka Lamp", 2000, 10);
        await app.ProductAsync("Quokka Plain", 2000, 10);
        var admin = await app.ApiAdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/products/{fixedLamp.ProductId}/variants/{fixedLamp.VariantId}/price-list",
            new { prices = new[] { new { currency = "EUR", price = 950L } } })).OkJsonAsync();
        var api = app.CreateClient();

        var cheap = await (await api.GetAsync("/api/v1/products?q=quokka&currency=EUR&max_price=10")).OkJsonAsync();
        var dear = await (await api.GetAsync("/api/v1/products?q=quokka&currency=EUR&min_price=15&max_price=20")).OkJsonAsync();
        var dollars = await (await api.GetAsync("/api/v1/products?q=quokka&min_price=15&max_price=25")).OkJsonAsync();
        var euros = app.Browser();
        euros.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=EUR");
        var page = await euros.GetStringAsync("/products?q=quokka&max_price=10");

        Assert.Equal(["Quokka Lamp"], Names(cheap));
        Assert.Equal([950L], Prices(cheap));
        Assert.Equal(["Quokka Plain"], Names(dear));
        Assert.Equal(["Quokka Lamp", "Quokka Plain"], Names(dollars).Order().ToList());
        Assert.Contains("Quokka Lamp", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Quokka Plain", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_price_list_entries_are_refused_by_field_and_change_nothing()
    {
        var lamp = await app.ProductAsync("Refused Lamp", 1000, 10);
        var admin = await app.ApiAdminAsync();
        var url = $"/api/v1/products/{lamp.ProductId}/variants/{lamp.VariantId}/price-list";
        await (await admin.PutAsJsonAsync(url, new { prices = new[] { new { currency = "EUR", price = 800L } } })).OkJsonAsync();

        var refused = await admin.PutAsJsonAsync(url, new
        {
            prices = new object[] { new { currency = "USD", price = 900L }, new { currency = "CHF", price = 900L }, new { currency = "JPY", price = 0L }, new { currency = "EUR", price = 700L } },
        });
        var shopper = await app.CreateClient().PutAsJsonAsync(url, new { prices = new[] { new { currency = "EUR", price = 1L } } });
        var otherProduct = await admin.PutAsJsonAsync($"/api/v1/products/{lamp.ProductId + 100000}/variants/{lamp.VariantId}/price-list", new { prices = Array.Empty<object>() });
        var after = await (await admin.GetAsync(url)).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("base currency", errors.GetProperty("prices[0].currency")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("does not sell in CHF", errors.GetProperty("prices[1].currency")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("above zero", errors.GetProperty("prices[2].price")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, shopper.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProduct.StatusCode);
        var kept = Assert.Single(after.GetProperty("prices").EnumerateArray());
        Assert.Equal(("EUR", 800L), (kept.GetProperty("currency").GetString(), kept.GetProperty("price").GetInt64()));
    }

    [Fact]
    public async Task The_admin_page_refuses_decimals_a_currency_does_not_have_and_saves_the_rest_only_when_all_are_right()
    {
        var lamp = await app.ProductAsync("Admin Price Lamp", 1000, 10);
        var browser = await app.SignedInAdminAsync();
        var url = $"/admin/catalog/products/{lamp.ProductId}/prices";
        var form = await browser.GetStringAsync(url);
        // The form's columns follow the selling currencies: find each one's cell index in its hidden field.
        var columns = System.Text.RegularExpressions.Regex.Matches(form, @"name=""Rows\[0\]\.Cells\[(\d+)\]\.Currency"" value=""(\w+)""")
            .ToDictionary(m => m.Groups[2].Value, m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        Dictionary<string, string> Fields(string eur, string jpy) => new()
        {
            ["Rows[0].VariantId"] = lamp.VariantId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            [$"Rows[0].Cells[{columns["EUR"]}].Currency"] = "EUR",
            [$"Rows[0].Cells[{columns["EUR"]}].Price"] = eur,
            [$"Rows[0].Cells[{columns["JPY"]}].Currency"] = "JPY",
            [$"Rows[0].Cells[{columns["JPY"]}].Price"] = jpy,
            [$"Rows[0].Cells[{columns["GBP"]}].Currency"] = "GBP",
        };

        var refused = await browser.SubmitAsync(url, Fields("8.50", "1500.5"));
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        var unchanged = await (await (await app.ApiAdminAsync()).GetAsync($"/api/v1/products/{lamp.ProductId}/price-lists")).OkJsonAsync();
        var saved = await browser.SubmitAsync(url, Fields("8.50", "1500"));
        var shown = await browser.GetStringAsync(url);

        Assert.Equal(["EUR", "GBP", "JPY"], columns.Keys.Order().ToList());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("JPY has no decimals", refusedHtml, StringComparison.Ordinal);
        Assert.Equal(0, unchanged[0].GetProperty("prices").GetArrayLength());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("value=\"8.50\"", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"1500\"", shown, StringComparison.Ordinal);
        Assert.Contains("Prices of Admin Price Lamp saved.", shown, StringComparison.Ordinal);
    }

    private static List<string?> Names(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();

    private static List<long> Prices(JsonElement list) => list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("price").GetInt64()).ToList();
}
