using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Taxes;

/// <summary>The staff API of the rate table and the zones: bearer only, the right permission, clear 400s that change nothing.</summary>
public sealed class TaxAndShippingApiTests(TaxShopAppFactory app) : IClassFixture<TaxShopAppFactory>
{
    [Theory]
    [InlineData("/api/v1/admin/tax/rates")]
    [InlineData("/api/v1/admin/shipping/zones")]
    [InlineData("/api/v1/admin/tax/categories")]
    public async Task Writes_need_a_token_and_the_permission(string path)
    {
        var (_, customer) = await app.ApiShopperAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync(path, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync(path, new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Staff_edit_a_rate_and_the_next_price_uses_it()
    {
        await app.SetUpAsync(pricesIncludeTax: true);
        var admin = await app.ApiAdminAsync();
        var rates = await (await admin.GetAsync("/api/v1/admin/tax/rates")).OkJsonAsync();
        var german = rates.EnumerateArray().Single(r => r.GetProperty("country").GetString() == "DE" && r.GetProperty("category").GetString() == "standard");
        var id = german.GetProperty("id").GetInt32();

        var bad = await admin.PutAsJsonAsync($"/api/v1/admin/tax/rates/{id}", new { category = "standard", country = "DE", rate = 150, name = "VAT" });
        var unchanged = await (await admin.GetAsync("/api/v1/admin/tax/rates")).OkJsonAsync();
        var saved = await (await admin.PutAsJsonAsync($"/api/v1/admin/tax/rates/{id}", new { category = "standard", country = "DE", rate = 16, name = "MwSt" })).OkJsonAsync();
        var item = await app.TaxedProductAsync("Rate Lamp", 1160, null, 100);
        var (_, api) = await app.ApiShopperAsync();
        await (await api.AddAsync(item, 1)).OkJsonAsync();
        var quote = await (await api.GetAsync("/api/v1/cart/shipping-options?country=DE")).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("rate", out _));
        Assert.Equal(19m, unchanged.EnumerateArray().Single(r => r.GetProperty("id").GetInt32() == id).GetProperty("rate").GetDecimal());
        Assert.Equal((16m, "MwSt"), (saved.GetProperty("rate").GetDecimal(), saved.GetProperty("name").GetString()));
        // 1160 at 16 % holds 160; 590 shipping holds 81.38 -> 81.
        Assert.Equal(241L, quote.GetProperty("taxTotal").GetInt64());
        await (await admin.PutAsJsonAsync($"/api/v1/admin/tax/rates/{id}", new { category = "standard", country = "DE", rate = 19, name = "VAT" })).OkJsonAsync();
    }

    [Fact]
    public async Task Staff_make_and_delete_a_zone_and_a_bad_zone_is_refused_whole()
    {
        var admin = await app.ApiAdminAsync();
        var zones = await (await admin.GetAsync("/api/v1/admin/shipping/zones")).OkJsonAsync();

        var bad = await admin.PostAsJsonAsync("/api/v1/admin/shipping/zones", new
        {
            name = "Nordics",
            places = new[] { "SE", "Narnia" },
            methods = new object[] { new { name = "Post", kind = "weight", bands = new[] { new { from = 500, price = 900 } } } },
        });
        var made = await (await admin.PostAsJsonAsync("/api/v1/admin/shipping/zones", new
        {
            name = "Nordics",
            places = new[] { "SE", "no", "US-AK" },
            methods = new object[] { new { name = "Post", kind = "weight", bands = new[] { new { from = 0, price = 900 }, new { from = 1000, price = 1400 } }, freeFrom = 10000 } },
        })).OkJsonAsync(HttpStatusCode.Created);
        var deleted = await admin.DeleteAsync($"/api/v1/admin/shipping/zones/{made.GetProperty("id").GetInt32()}");
        var after = await (await admin.GetAsync("/api/v1/admin/shipping/zones")).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("places", out _), errors.ToString());
        Assert.Equal(["SE", "NO", "US-AK"], made.GetProperty("places").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(zones.GetArrayLength(), after.GetArrayLength());
    }
}
