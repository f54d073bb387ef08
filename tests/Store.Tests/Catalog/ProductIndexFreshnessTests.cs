using Microsoft.EntityFrameworkCore;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// How the product index learns of changes: through <see cref="CatalogChange"/> rows, including one whose
/// id commits after a higher one (PostgreSQL hands ids out before commit), and through a rebuild when the
/// node has not checked for 12 hours. Its own shop: the change rows written here with explicit ids are
/// out of step with the database's own numbering (PostgreSQL's identity does not move past them).
/// </summary>
public sealed class ProductIndexFreshnessTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private Task<int> IdOfAsync(string sku) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.ProductId).SingleAsync());

    /// <summary>Changes a price in the database only, as another node's transaction does before its change row is visible.</summary>
    private Task<int> SetPriceAsync(int productId, long price) =>
        app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == productId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Price, price)));

    private Task<int> AddChangeAsync(long id, int productId) => app.WithDbAsync(db =>
    {
        db.Add(new CatalogChange { Id = id, ProductId = productId, ChangedUtc = app.Time.GetUtcNow().UtcDateTime });
        return db.SaveChangesAsync();
    });

    [Fact]
    public async Task A_change_whose_id_becomes_visible_after_a_higher_one_is_still_seen()
    {
        var client = app.Browser();
        _ = await client.ListAsync("?page_size=100");
        var last = await app.WithDbAsync(db => db.Set<CatalogChange>().MaxAsync(c => (long?)c.Id)) ?? 0;
        var dish = await IdOfAsync("K1");
        var hose = await IdOfAsync("G1");

        await SetPriceAsync(dish, 2600);
        await AddChangeAsync(last + 40, dish);
        Assert.Equal(["Crème Brûlée Dish"], await client.NamesAsync("?min_price=26&max_price=26"));

        // The hose's transaction took a lower id but commits only now, a little later.
        await SetPriceAsync(hose, 3100);
        Assert.Empty(await client.NamesAsync("?min_price=31&max_price=31"));
        app.Time.Advance(TimeSpan.FromSeconds(30));
        await AddChangeAsync(last + 20, hose);

        Assert.Equal(["Garden Hose"], await client.NamesAsync("?min_price=31&max_price=31"));
        Assert.Empty(await client.NamesAsync("?min_price=30&max_price=30"));
        Assert.Equal(["Crème Brûlée Dish"], await client.NamesAsync("?min_price=26&max_price=26"));
    }

    [Fact]
    public async Task A_change_without_a_change_row_shows_only_after_the_node_has_not_checked_for_12_hours()
    {
        var client = app.Browser();
        _ = await client.ListAsync("?page_size=100");
        var quoted = await IdOfAsync("M3");

        // Stock, not price: the price history run (every minute) records a catalog change for a price it finds moved.
        await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == quoted).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, 0)));

        Assert.Equal(["O'Brien \"Quoted\" Mug"], await client.NamesAsync("?in_stock=true&min_price=12&max_price=12"));
        app.Time.Advance(TimeSpan.FromHours(12) - TimeSpan.FromMinutes(1));
        Assert.Equal(["O'Brien \"Quoted\" Mug"], await client.NamesAsync("?in_stock=true&min_price=12&max_price=12"));

        app.Time.Advance(TimeSpan.FromHours(12) + TimeSpan.FromMinutes(1));

        Assert.Empty(await client.NamesAsync("?in_stock=true&min_price=12&max_price=12"));
        Assert.Equal(["O'Brien \"Quoted\" Mug"], await client.NamesAsync("?min_price=12&max_price=12"));
    }

    [Fact]
    public async Task A_rebuilt_index_still_sees_a_change_whose_id_was_skipped_before_the_rebuild()
    {
        var client = app.Browser();
        _ = await client.ListAsync("?page_size=100");
        var last = await app.WithDbAsync(db => db.Set<CatalogChange>().MaxAsync(c => (long?)c.Id)) ?? 0;
        var apron = await IdOfAsync("K2");
        var tool = await IdOfAsync("G2");
        await SetPriceAsync(apron, 2100);
        await AddChangeAsync(last + 60, apron);

        // Idle for more than 12 hours: the next list rebuilds the index from the products table.
        app.Time.Advance(TimeSpan.FromHours(13));
        Assert.Equal(["100% Cotton Apron"], await client.NamesAsync("?min_price=21&max_price=21"));

        await SetPriceAsync(tool, 600);
        await AddChangeAsync(last + 50, tool);

        Assert.Equal(["Under_score Tool"], await client.NamesAsync("?min_price=6&max_price=6"));
    }
}
