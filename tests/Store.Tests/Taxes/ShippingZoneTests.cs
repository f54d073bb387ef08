using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Store.Tests.Orders;

namespace Store.Tests.Taxes;

/// <summary>Which methods an address gets and at what price, the shopper's choice checked on placing, and an address no zone takes refused.</summary>
public sealed class ShippingZoneTests(TaxShopAppFactory app) : IClassFixture<TaxShopAppFactory>
{
    [Fact]
    public async Task Options_follow_the_zone_weight_bands_total_bands_and_free_threshold()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var kettle = await app.TaxedProductAsync("Band Kettle", 2000, null, 900);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(kettle, 2)).OkJsonAsync();

        var france = await OptionsAsync(api, "FR");
        var germany = await OptionsAsync(api, "de");
        var us = await OptionsAsync(api, "US");
        await (await api.AddAsync(kettle, 2)).OkJsonAsync();
        var germanyHeavier = await OptionsAsync(api, "DE");
        var usMore = await OptionsAsync(api, "US");

        Assert.Equal([("Standard", 490L), ("Express", 990L)], Names(france));
        Assert.Equal([("Standard", 590L)], Names(germany)); // 1.8 kg: under the 2 kg band
        Assert.Equal([("Ground", 1490L)], Names(us)); // 40.00: the band from 0
        Assert.Equal([("Standard", 0L)], Names(germanyHeavier)); // 3.6 kg, but 80.00 reaches the free threshold
        Assert.Equal([("Ground", 990L)], Names(usMore)); // 80.00: the band from 50.00
        Assert.Equal(4000 + 590, germany.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task The_chosen_method_is_charged_and_one_the_zone_does_not_offer_is_refused()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var vase = await app.TaxedProductAsync("Method Vase", 1500, null, 500);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(vase, 1)).OkJsonAsync();
        var french = await OptionsAsync(api, "FR");
        var express = french.GetProperty("options").EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Express").GetProperty("id").GetInt32();
        var german = (await OptionsAsync(api, "DE")).GetProperty("options")[0].GetProperty("id").GetInt32();

        var wrong = await api.PlaceAsync(body: new { address = TaxShop.FrenchAddress, shippingMethodId = german });
        var placed = await (await api.PlaceAsync(body: new { address = TaxShop.FrenchAddress, shippingMethodId = express })).OkJsonAsync(HttpStatusCode.Created);

        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Contains("not offered for this address", (await wrong.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("shippingMethodId")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal((990L, 2490L, "Express"), (placed.GetProperty("shipping").GetInt64(), placed.GetProperty("total").GetInt64(), placed.GetProperty("tax").GetProperty("shippingMethod").GetString()));
    }

    [Fact]
    public async Task An_address_outside_every_zone_is_refused_and_nothing_changes()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var clock = await app.TaxedProductAsync("Far Clock", 3000, null, 800, stock: 5);
        var (email, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(clock, 2)).OkJsonAsync();

        var options = await OptionsAsync(api, "JP");
        var refused = await api.PlaceAsync(body: new { address = TaxShop.JapaneseAddress });

        Assert.False(options.GetProperty("ships").GetBoolean());
        Assert.Empty(options.GetProperty("options").EnumerateArray());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("We do not ship to Japan (JP). Choose or enter an address in a country we ship to.",
            (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("address")[0].GetString());
        Assert.Equal(5, await app.StockOfAsync(clock));
        Assert.False(await app.WithOrdersAsync(q => q.AnyAsync(o => o.Email == email)));
        Assert.Equal(2, (await (await api.GetAsync("/api/v1/cart")).OkJsonAsync()).GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task A_bad_country_is_a_field_error()
    {
        var (_, api) = await app.ApiShopperAsync();
        var response = await api.GetAsync("/api/v1/cart/shipping-options?country=XX");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("country", out _));
    }

    private static async Task<JsonElement> OptionsAsync(HttpClient api, string country) =>
        await (await api.GetAsync($"/api/v1/cart/shipping-options?country={country}")).OkJsonAsync();

    private static List<(string, long)> Names(JsonElement options) =>
        options.GetProperty("options").EnumerateArray().Select(o => (o.GetProperty("name").GetString()!, o.GetProperty("price").GetInt64())).ToList();
}
