using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.PriceHistory;
using Store.Promotions.Sales;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>
/// Lists sort and filter by the price a shopper pays now: a running promotion's sale price, from the moment it is
/// saved, and a timed one from when it starts until it ends (no row changes then: the price history run notices).
/// </summary>
public sealed class SalePriceListTests(PromotionsAppFactory app) : IClassFixture<PromotionsAppFactory>
{
    [Fact]
    public async Task A_saved_promotion_moves_its_products_in_price_order_and_into_a_price_filter()
    {
        var shelf = await app.CategoryAsync("Shelf");
        var (_, oak) = await app.ProductInAsync("Oak Shelf", 5000, 5, shelf);
        var (_, pine) = await app.ProductInAsync("Pine Shelf", 4000, 5, shelf);
        Assert.Equal(["Pine Shelf", "Oak Shelf"], await NamesAsync($"category={shelf}&sort=price_asc"));
        Assert.Empty(await NamesAsync($"category={shelf}&max_price=38.00"));

        var now = app.Now();
        await app.PromotionAsync(new PromotionInput("30 % off oak", 30m, now.AddMinutes(-1), now.AddDays(1), Products: [oak]));

        // 50.00 less 30 % is 35.00: below the pine shelf, and inside "up to 38.00"; above "from 36.00" no more.
        Assert.Equal(["Oak Shelf", "Pine Shelf"], await NamesAsync($"category={shelf}&sort=price_asc"));
        Assert.Equal(["Pine Shelf", "Oak Shelf"], await NamesAsync($"category={shelf}&sort=price_desc"));
        Assert.Equal(["Oak Shelf"], await NamesAsync($"category={shelf}&max_price=38.00"));
        Assert.Equal(["Pine Shelf"], await NamesAsync($"category={shelf}&min_price=36.00"));
        Assert.Contains(pine, (await ListAsync($"category={shelf}")).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_timed_promotion_reorders_the_list_when_it_starts_and_again_when_it_ends()
    {
        var rack = await app.CategoryAsync("Rack");
        var (_, steel) = await app.ProductInAsync("Steel Rack", 9000, 5, rack);
        await app.ProductInAsync("Bamboo Rack", 7000, 5, rack);
        var now = app.Now();
        await app.PromotionAsync(new PromotionInput("Half off steel tomorrow", 50m, now.AddHours(2), now.AddHours(5), Products: [steel]));
        Assert.Equal(["Bamboo Rack", "Steel Rack"], await NamesAsync($"category={rack}&sort=price_asc"));

        app.Time.Advance(TimeSpan.FromHours(3));
        await RecordPricesAsync();
        Assert.Equal(["Steel Rack", "Bamboo Rack"], await NamesAsync($"category={rack}&sort=price_asc"));
        Assert.Equal(["Steel Rack"], await NamesAsync($"category={rack}&max_price=45.00"));

        app.Time.Advance(TimeSpan.FromHours(3));
        await RecordPricesAsync();
        Assert.Equal(["Bamboo Rack", "Steel Rack"], await NamesAsync($"category={rack}&sort=price_asc"));
        Assert.Empty(await NamesAsync($"category={rack}&max_price=45.00"));
    }

    private async Task RecordPricesAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PriceHistoryRecorder>().RecordAsync(CancellationToken.None);
    }

    private async Task<JsonElement> ListAsync(string query) =>
        await (await app.CreateClient().GetAsync($"/api/v1/products?{query}")).OkJsonAsync();

    private async Task<List<string>> NamesAsync(string query) =>
        (await ListAsync(query)).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()!).ToList();
}
