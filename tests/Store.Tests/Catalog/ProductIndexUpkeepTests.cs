using Microsoft.EntityFrameworkCore;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Tests.Infrastructure;
using Xunit;

namespace Store.Tests.Catalog;

/// <summary>Change rows are pruned after a day, and a node idle that long rebuilds its index instead of trusting what is left.</summary>
public sealed class ProductIndexUpkeepTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    [Fact]
    public async Task Change_rows_older_than_a_day_are_pruned_and_an_idle_node_rebuilds_its_list()
    {
        // "red": a word of the name only (the category "Mugs" would still find it by "mug").
        var shopper = app.Browser();
        Assert.Contains("Red Mug", await shopper.GetStringAsync("/api/v1/products?q=red"), StringComparison.Ordinal);
        Assert.True(await app.WithDbAsync(db => db.Set<CatalogChange>().CountAsync()) > 0);

        // A change nobody recorded (as a hand edit in the database would be): the index does not know it.
        await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Variants.Any(v => v.Sku == "M1")).ExecuteUpdateAsync(s => s.SetProperty(p => p.SearchName, "scarlet cup")));
        Assert.Contains("Red Mug", await shopper.GetStringAsync("/api/v1/products?q=red"), StringComparison.Ordinal);

        app.Time.Advance(TimeSpan.FromHours(25));
        // The hourly prune runs in the background on the advanced clock. (The price history run may write new rows now.)
        var dayAgo = app.Time.GetUtcNow().UtcDateTime - TimeSpan.FromDays(1);
        var left = await app.WithDbAsync(db => db.Set<CatalogChange>().CountAsync(c => c.ChangedUtc < dayAgo));
        for (var tries = 0; left > 0 && tries < 200; tries++)
        {
            await Task.Delay(50);
            left = await app.WithDbAsync(db => db.Set<CatalogChange>().CountAsync(c => c.ChangedUtc < dayAgo));
        }

        Assert.Equal(0, left);

        // Rows it may have missed are gone: after a day without a look, the node reads everything again.
        Assert.DoesNotContain("Red Mug", await shopper.GetStringAsync("/api/v1/products?q=red"), StringComparison.Ordinal);
        Assert.Contains("Red Mug", await shopper.GetStringAsync("/api/v1/products?q=scarlet"), StringComparison.Ordinal);
    }
}
