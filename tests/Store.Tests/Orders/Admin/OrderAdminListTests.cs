using System.Net;
using Store.Orders.Contracts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders.Admin;

/// <summary>The order admin's list through the API and the page: every filter, every sort, paging, bad input.</summary>
public sealed class OrderAdminListTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    [Fact]
    public async Task Each_filter_finds_exactly_its_orders()
    {
        var set = await OrderSet.SeedAsync(app);
        var (_, api) = await app.StaffAsync();

        Assert.Equal(9, (await set.NamesAsync(api)).Count);
        Assert.Equal(["Dave", "Erin"], Sorted(await set.NamesAsync(api, "status=cancelled")));
        Assert.Equal(["Carol"], await NamesOnlyAsync(api, $"customer=carol.{set.Tag}"));
        // By name, whatever the case; the tag is in every name, so the customer filter replaces it here.
        Assert.Equal(["Dave"], await NamesOnlyAsync(api, $"customer={Uri.EscapeDataString("DAVE " + set.Tag.ToUpperInvariant())}"));
        // Paris days: Ivy's 23:30 UTC on the 12th is the 13th.
        Assert.Equal(["Bob", "Carol"], Sorted(await set.NamesAsync(api, "from=2026-03-11&to=2026-03-12")));
        Assert.Equal(["Dave", "Ivy"], Sorted(await set.NamesAsync(api, "from=2026-03-13&to=2026-03-13")));
        Assert.Equal(["Frank", "Gina", "Hank"], Sorted(await set.NamesAsync(api, "from=2026-03-15")));
        Assert.Equal(["Alice"], await set.NamesAsync(api, "to=2026-03-10"));
        Assert.Equal(["Bob", "Carol", "Dave"], Sorted(await set.NamesAsync(api, "minTotal=25&maxTotal=40")));
        Assert.Equal(["Hank"], await set.NamesAsync(api, "minTotal=99"));
        Assert.Equal(["Gina", "Ivy"], Sorted(await set.NamesAsync(api, "maxTotal=7.00")));
        Assert.Equal(["Alice", "Ivy"], Sorted(await set.NamesAsync(api, "payment=awaiting")));
        Assert.Equal(["Bob", "Hank"], Sorted(await set.NamesAsync(api, "payment=paid")));
        Assert.Equal(["Carol"], await set.NamesAsync(api, "payment=partially_refunded"));
        Assert.Equal(["Frank"], await set.NamesAsync(api, "payment=refunded"));
        Assert.Equal(["Dave"], await set.NamesAsync(api, "payment=refund_due"));
        Assert.Equal(["Erin", "Gina"], Sorted(await set.NamesAsync(api, "payment=none")));
        Assert.Equal(9, (await set.NamesAsync(api, $"q={set.Prefix}")).Count);
        Assert.Equal(["Bob"], await set.NamesAsync(api, $"q={set["Bob"]}"));
        Assert.Equal(["Bob"], await set.NamesAsync(api, $"q={set["Bob"].Replace("-", "", StringComparison.Ordinal).ToLowerInvariant()}"));
        Assert.Equal(["Carol"], await set.NamesAsync(api, "status=Shipped&payment=partially_refunded&minTotal=10&from=2026-03-01"));
        Assert.Empty(await set.NamesAsync(api, "status=Pending&payment=paid"));
    }

    [Theory]
    [InlineData("number")]
    [InlineData("placed")]
    [InlineData("customer")]
    [InlineData("status")]
    [InlineData("payment")]
    [InlineData("total")]
    public async Task Each_column_sorts_both_ways(string column)
    {
        var set = await OrderSet.SeedAsync(app);
        var (_, api) = await app.StaffAsync();
        string Key(SeedOrder o) => column switch
        {
            "number" => o.Number,
            "placed" => o.PlacedUtc.ToString("O"),
            "customer" => o.Email,
            "status" => o.Status.ToString(),
            "payment" => PaymentRank(o).ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => o.Total.ToString("D10", System.Globalization.CultureInfo.InvariantCulture),
        };

        foreach (var descending in new[] { false, true })
        {
            var names = await set.NamesAsync(api, "sort=" + (descending ? "-" : "") + column);
            var keys = names.Select(n => Key(set.ByName[n])).ToList();
            var expected = descending ? keys.OrderByDescending(k => k, StringComparer.Ordinal).ToList() : keys.OrderBy(k => k, StringComparer.Ordinal).ToList();
            Assert.Equal(expected, keys);
            Assert.Equal(9, names.Distinct().Count());
        }

        // awaiting, paid, partially refunded, refunded, refund due, none
        static int PaymentRank(SeedOrder o) => o.Name.Split(' ')[0] switch
        {
            "Alice" or "Ivy" => 0,
            "Bob" or "Hank" => 1,
            "Carol" => 2,
            "Frank" => 3,
            "Dave" => 4,
            _ => 5,
        };
    }

    [Fact]
    public async Task The_default_is_newest_first_and_pages_keep_the_filters()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, api) = await app.StaffAsync();

        var first = await (await api.GetAsync($"/api/v1/admin/orders?customer={set.Tag}")).OkJsonAsync();
        Assert.Equal(9, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("pages").GetInt32());
        Assert.Equal(["Hank", "Gina", "Frank", "Erin", "Dave"], first.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerName").GetString()!.Split(' ')[0]));

        var html = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}&status=Cancelled&sort=total");
        Assert.Contains(set["Dave"], html, StringComparison.Ordinal);
        Assert.Contains(set["Erin"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(set["Alice"], html, StringComparison.Ordinal);
        // Sort links keep the filters; the current column's link turns the order round.
        Assert.Contains($"href=\"/admin/orders?status=Cancelled&amp;customer={set.Tag}&amp;sort=-total\"", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
        // Exports carry the same filters.
        Assert.Contains($"/admin/orders/export.csv?status=Cancelled&amp;customer={set.Tag}&amp;sort=total", html, StringComparison.Ordinal);

        var paged = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}");
        Assert.Contains($"href=\"/admin/orders?customer={set.Tag}&amp;page=2\"", paged, StringComparison.Ordinal);
        var second = await browser.GetStringAsync($"/admin/orders?customer={set.Tag}&page=2");
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
        Assert.Contains(set["Alice"], second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_filter_form_s_empty_fields_leave_the_url()
    {
        var set = await OrderSet.SeedAsync(app);
        var (browser, _) = await app.StaffAsync();

        var response = await browser.GetAsync($"/admin/orders?q=&customer={set.Tag}&status=&payment=refund_due&from=&to=&minTotal=&maxTotal=");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/admin/orders?customer={set.Tag}&payment=refund_due", response.Headers.Location!.OriginalString);
        var html = await browser.GetStringAsync(response.Headers.Location.OriginalString);
        Assert.Contains(set["Dave"], html, StringComparison.Ordinal);
        Assert.DoesNotContain(set["Erin"], html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("status=Lost", "status")]
    [InlineData("status=3", "status")]
    [InlineData("from=2026-13-01", "from")]
    [InlineData("from=2026-03-10&to=2026-03-01", "to")]
    [InlineData("minTotal=abc", "minTotal")]
    [InlineData("minTotal=1.234", "minTotal")]
    [InlineData("minTotal=50&maxTotal=10", "maxTotal")]
    [InlineData("payment=free", "payment")]
    [InlineData("sort=colour", "sort")]
    [InlineData("sort=--total", "sort")]
    [InlineData("page=0", "page")]
    public async Task Bad_filters_answer_400_with_the_field(string query, string field)
    {
        var (browser, api) = await app.StaffAsync();

        var problem = await OrderSet.ProblemAsync(await api.GetAsync("/api/v1/admin/orders?" + query));
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync("/api/v1/admin/orders/export.csv?" + query)).StatusCode);

        var page = await browser.GetAsync("/admin/orders?" + query);
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("class=\"alert alert-error\"", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<List<string>> NamesOnlyAsync(HttpClient api, string query)
    {
        var json = await (await api.GetAsync("/api/v1/admin/orders?" + query)).OkJsonAsync();
        return json.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("customerName").GetString()!.Split(' ')[0]).ToList();
    }

    private static List<string> Sorted(IEnumerable<string> names) => names.Order(StringComparer.Ordinal).ToList();
}
