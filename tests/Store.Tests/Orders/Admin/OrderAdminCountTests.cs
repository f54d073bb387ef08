using Store.Orders.Contracts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>A shop whose order admin counts up to 7 matches, five a page, so a capped count shows with few orders.</summary>
public sealed class CappedCountAppFactory : ShopAppFactory
{
    public CappedCountAppFactory()
    {
        Setting("Orders:ReportTimeZone", "Europe/Paris");
        Setting("Orders:AdminPageSize", "5");
        Setting("Orders:AdminCountCap", "7");
    }
}

/// <summary>How many orders the list says match when it stops counting, and the customer filter's exact-address lookup.</summary>
public sealed class OrderAdminCountTests(CappedCountAppFactory app) : IClassFixture<CappedCountAppFactory>
{
    [Fact]
    public async Task Past_the_cap_the_list_says_more_than_and_still_pages_to_the_end()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, api) = await app.StaffAsync();

        var first = await (await api.GetAsync($"/api/v1/admin/orders?customer={set.Tag}")).OkJsonAsync();
        Assert.Equal(7, first.GetProperty("total").GetInt32());
        Assert.True(first.GetProperty("totalIsCapped").GetBoolean());
        Assert.True(first.GetProperty("hasNext").GetBoolean());
        Assert.Equal(5, first.GetProperty("items").GetArrayLength());
        var html = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}");
        Assert.Contains("More than 7 orders", html, StringComparison.Ordinal);
        Assert.Contains("Page 1 of 2+", System.Net.WebUtility.HtmlDecode(html), StringComparison.Ordinal); // Razor writes + as &#x2B;
        Assert.Contains($"href=\"/admin/orders?customer={set.Tag}&amp;page=2\"", html, StringComparison.Ordinal);

        // The last page knows the count from its own rows: exact again, and no further page.
        var last = await (await api.GetAsync($"/api/v1/admin/orders?customer={set.Tag}&page=2")).OkJsonAsync();
        Assert.Equal(9, last.GetProperty("total").GetInt32());
        Assert.False(last.GetProperty("totalIsCapped").GetBoolean());
        Assert.False(last.GetProperty("hasNext").GetBoolean());
        Assert.Equal(4, last.GetProperty("items").GetArrayLength());
        var lastHtml = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}&page=2");
        Assert.Contains("9 orders", lastHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("rel=\"next\"", lastHtml, StringComparison.Ordinal);

        // Under the cap the count is exact on the first page too.
        var cancelled = await (await api.GetAsync($"/api/v1/admin/orders?customer={set.Tag}&status=Cancelled")).OkJsonAsync();
        Assert.Equal((2, false), (cancelled.GetProperty("total").GetInt32(), cancelled.GetProperty("totalIsCapped").GetBoolean()));

        // A page past the end shows the last page.
        var past = await (await api.GetAsync($"/api/v1/admin/orders?customer={set.Tag}&page=9")).OkJsonAsync();
        Assert.Equal(2, past.GetProperty("page").GetInt32());
    }

    [Fact]
    public async Task A_whole_address_finds_that_customer_in_any_case_and_a_part_of_one_still_finds_every_holder()
    {
        var set = await OrderSet.SeedAsync(app);
        var alice = set.ByName["Alice"];
        var malice = new SeedOrder(OrderSeed.Number(set.Prefix), "m" + alice.Email, "Malice " + set.Tag, OrderStatus.Pending, 1200, alice.PlacedUtc.AddHours(1));
        await app.SeedAsync(malice);
        var (_, api) = await app.StaffAsync();

        Assert.Equal([alice.Number], await NumbersAsync(api, alice.Email.ToUpperInvariant()));
        Assert.Equal([malice.Number, alice.Number], await NumbersAsync(api, alice.Email[..^"example.com".Length]));
        // An address no order has is still looked for as a part of one.
        Assert.Equal([malice.Number, alice.Number], await NumbersAsync(api, alice.Email[..^1]));
        Assert.Empty(await NumbersAsync(api, "nobody." + set.Tag + "@example.com"));
    }

    private static async Task<List<string>> NumbersAsync(HttpClient api, string customer) =>
        (await (await api.GetAsync("/api/v1/admin/orders?customer=" + Uri.EscapeDataString(customer))).OkJsonAsync())
            .GetProperty("items").EnumerateArray().Select(i => i.GetProperty("number").GetString()!).ToList();
}
