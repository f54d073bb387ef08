using Store.Tests.Catalog;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>The demo shop sells in USD (base), EUR, GBP and JPY with the recipe's rates and rounding rules.</summary>
public sealed class DemoCurrencyTests(DemoShopFactory app) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task The_demo_shop_shows_a_saucepan_in_dollars_euros_pounds_and_yen_by_each_currencys_rule()
    {
        var currencies = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();
        var rates = currencies.EnumerateArray().ToDictionary(c => c.GetProperty("code").GetString()!, c => c.GetProperty("rate").GetDecimal());

        Assert.Equal(["USD", "EUR", "GBP", "JPY"], rates.Keys);
        Assert.Equal((1m, 0.92m, 0.79m, 151.37m), (rates["USD"], rates["EUR"], rates["GBP"], rates["JPY"]));
        // $34.99: EUR to the cent (32.1908), GBP up to .99 (27.6421 → 27.99), JPY up to ten yen (5296.44 → 5,300).
        foreach (var (code, price, shown) in new[] { ("USD", 3499L, "$34.99"), ("EUR", 3219L, "32.19 EUR"), ("GBP", 2799L, "27.99 GBP"), ("JPY", 5300L, "5,300 JPY") })
        {
            var product = await (await app.CreateClient().GetAsync($"/api/v1/products/stainless-saucepan?currency={code}")).OkJsonAsync();
            var browser = app.Browser();
            browser.DefaultRequestHeaders.Add("Cookie", ".Store.Currency=" + code);
            var list = await browser.GetStringAsync("/products?q=saucepan");

            Assert.Equal(price, product.GetProperty("variants")[0].GetProperty("price").GetInt64());
            Assert.Contains(shown, list, StringComparison.Ordinal);
        }
    }
}
