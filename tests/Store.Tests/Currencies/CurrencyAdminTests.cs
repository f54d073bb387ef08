using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Currencies;

/// <summary>Selling currencies and rates through the staff API, the admin page and the ECB file; the public list shoppers choose from.</summary>
public sealed class CurrencyAdminTests(CurrencyShopAppFactory app) : IClassFixture<CurrencyShopAppFactory>
{
    [Fact]
    public async Task Writes_need_a_token_and_the_permission()
    {
        var (_, customer) = await app.ApiShopperAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().PostAsJsonAsync("/api/v1/admin/currencies", new { code = "EUR", roundTo = 0.01 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "EUR", roundTo = 0.01 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await customer.GetAsync("/api/v1/admin/currencies/rates")).StatusCode);
    }

    [Fact]
    public async Task Staff_add_currencies_and_rates_and_shoppers_see_them_once_they_have_a_rate()
    {
        var admin = await app.ApiAdminAsync();
        var before = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();

        var badCode = await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "XYZ", roundTo = 0.01 });
        var baseCode = await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "USD", roundTo = 0.01 });
        var badRounding = await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "JPY", roundTo = 0.5 });
        var badEnding = await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "GBP", roundTo = 1, ending = 1 });
        var gbp = await (await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "gbp", roundTo = 1, ending = 0.99 })).OkJsonAsync(HttpStatusCode.Created);
        var noRateYet = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();
        var badRate = await admin.PostAsJsonAsync("/api/v1/admin/currencies/rates", new { currency = "GBP", rate = -1 });
        var unknownCurrencyRate = await admin.PostAsJsonAsync("/api/v1/admin/currencies/rates", new { currency = "SEK", rate = 11.2 });
        await (await admin.PostAsJsonAsync("/api/v1/admin/currencies/rates", new { currency = "GBP", rate = 0.79 })).OkJsonAsync();
        var after = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();

        Assert.Equal("USD", Codes(before)[0]);
        Assert.DoesNotContain("GBP", Codes(before));
        Assert.Equal(HttpStatusCode.BadRequest, badCode.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, baseCode.StatusCode);
        Assert.Contains("base currency", await baseCode.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True((await badRounding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("roundTo", out _));
        Assert.True((await badEnding.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("ending", out _));
        Assert.Equal(("GBP", 1m, 0.99m), (gbp.GetProperty("code").GetString(), gbp.GetProperty("roundTo").GetDecimal(), gbp.GetProperty("ending").GetDecimal()));
        Assert.DoesNotContain("GBP", Codes(noRateYet));
        Assert.Equal(HttpStatusCode.BadRequest, badRate.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCurrencyRate.StatusCode);
        Assert.Equal("USD", Codes(after)[0]);
        Assert.Contains("GBP", Codes(after));
        var pound = after.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "GBP");
        Assert.Equal((0.79m, 2, false), (pound.GetProperty("rate").GetDecimal(), pound.GetProperty("decimals").GetInt32(), pound.GetProperty("isBase").GetBoolean()));
    }

    [Fact]
    public async Task The_ecb_file_sets_every_selling_currencys_rate_crossed_to_the_base_and_a_bad_file_changes_nothing()
    {
        var admin = await app.ApiAdminAsync();
        await (await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "JPY", roundTo = 1 })).OkJsonAsync(HttpStatusCode.Created);
        await (await admin.PostAsJsonAsync("/api/v1/admin/currencies", new { code = "KWD", roundTo = 0.001 })).OkJsonAsync(HttpStatusCode.Created);
        var today = app.Time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var bad = await admin.PostAsync("/api/v1/admin/currencies/rates/ecb", new StringContent("<html>no</html>", Encoding.UTF8, "application/xml"));
        var unchanged = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();
        var imported = await (await admin.PostAsync("/api/v1/admin/currencies/rates/ecb",
            new StringContent(CurrencyRulesTests.EcbFile(today, ("USD", "1.0550"), ("JPY", "159.70")), Encoding.UTF8, "application/xml"))).OkJsonAsync();
        var currencies = await (await app.CreateClient().GetAsync("/api/v1/currencies")).OkJsonAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.DoesNotContain("JPY", Codes(unchanged));
        Assert.Contains("JPY", imported.GetProperty("updated").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("KWD", imported.GetProperty("missing").EnumerateArray().Select(c => c.GetString()));
        var yen = currencies.EnumerateArray().Single(c => c.GetProperty("code").GetString() == "JPY");
        Assert.Equal((151.37440758m, 0), (yen.GetProperty("rate").GetDecimal(), yen.GetProperty("decimals").GetInt32()));
        Assert.DoesNotContain("KWD", Codes(currencies)); // no rate: not offered
    }

    [Fact]
    public async Task The_admin_page_adds_a_currency_and_its_rate_and_shows_an_example_price()
    {
        var admin = await app.SignedInAdminAsync();

        var refused = await admin.SubmitAsync("/admin/currencies", new Dictionary<string, string> { ["Currency.Code"] = "E", ["Currency.RoundTo"] = "0.01", ["Currency.Ending"] = "0" }, "/admin/currencies?handler=SaveCurrency");
        var added = await admin.SubmitAsync("/admin/currencies", new Dictionary<string, string> { ["Currency.Code"] = "CHF", ["Currency.RoundTo"] = "0.05", ["Currency.Ending"] = "0" }, "/admin/currencies?handler=SaveCurrency");
        var rated = await admin.SubmitAsync("/admin/currencies", new Dictionary<string, string> { ["Rate.Currency"] = "CHF", ["Rate.Rate"] = "0.9" }, "/admin/currencies?handler=SaveRate");
        var page = await admin.GetStringAsync("/admin/currencies");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("ISO 4217", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        // 19.99 × 0.9 = 17.991, up to the next 0.05.
        Assert.Contains("18.00 CHF", page, StringComparison.Ordinal);
    }

    private static List<string?> Codes(JsonElement list) => list.EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
}
