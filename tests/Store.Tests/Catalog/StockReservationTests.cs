using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;

namespace Store.Tests.Catalog;

/// <summary>The contract later modules use: published variants only, stock held all-or-nothing per variant, races settled by the database.</summary>
public sealed class StockReservationTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private Task<int> VariantOfAsync(string sku) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.Id).SingleAsync());

    private Task<int> StockOfAsync(string sku) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.Stock).SingleAsync());

    private async Task<T> WithCatalogAsync<T>(Func<ICatalogProducts, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICatalogProducts>());
    }

    // A published tee in three sizes and two colours; each size/colour its own SKU, price and stock.
    private async Task<Product> TeeAsync(string prefix, int stock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ProductEditor>();
        var sizes = new[] { "S", "M", "L" };
        var colours = new[] { "Red", "Blue" };
        var (product, errors) = await editor.SaveAsync(null, new ProductInput
        {
            Name = prefix + " tee",
            Price = 1500,
            Published = true,
            Options = [new OptionInput("Size", sizes), new OptionInput("Colour", colours)],
            Variants = [.. sizes.SelectMany(s => colours.Select(c => new VariantInput
            {
                Options = [s, c],
                Sku = $"{prefix}-{s}-{c}",
                Price = s == "L" ? 1700 : null,
                Stock = stock,
            }))],
        }, CancellationToken.None);
        Assert.Empty(errors);
        return product!;
    }

    [Fact]
    public async Task Only_published_variants_are_returned_with_server_prices()
    {
        var ids = new[] { await VariantOfAsync("M1"), await VariantOfAsync("D1"), 99_999 };

        var variants = await WithCatalogAsync(c => c.GetPublishedVariantsAsync(ids, CancellationToken.None));

        var mug = Assert.Single(variants);
        Assert.Equal(("Red Mug", "red-mug", "M1", 1000L, (long?)1400, 5), (mug.ProductName, mug.ProductSlug, mug.Sku, mug.Price, mug.CompareAtPrice, mug.Stock));
        Assert.Empty(mug.Options);
        Assert.StartsWith("/media/thumb/", mug.ImageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_product_s_variants_come_in_position_order_with_their_options_and_prices()
    {
        var tee = await TeeAsync("SNAP", stock: 2);

        var variants = await WithCatalogAsync(c => c.GetPublishedProductVariantsAsync(tee.Id, CancellationToken.None));

        Assert.Equal(["SNAP-S-Red", "SNAP-S-Blue", "SNAP-M-Red", "SNAP-M-Blue", "SNAP-L-Red", "SNAP-L-Blue"], variants.Select(v => v.Sku));
        Assert.Equal([1500L, 1500, 1500, 1500, 1700, 1700], variants.Select(v => v.Price));
        Assert.Equal([new VariantOptionValue("Size", "M"), new VariantOptionValue("Colour", "Blue")], variants[3].Options);
        Assert.All(variants, v => Assert.Equal((tee.Id, "snap-tee"), (v.ProductId, v.ProductSlug)));
        var byId = await WithCatalogAsync(c => c.GetPublishedVariantsAsync([variants[4].VariantId], CancellationToken.None));
        Assert.Equal("SNAP-L-Red", Assert.Single(byId).Sku);

        var draft = await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == "D1").Select(v => v.ProductId).SingleAsync());
        Assert.Empty(await WithCatalogAsync(c => c.GetPublishedProductVariantsAsync(draft, CancellationToken.None)));
    }

    [Fact]
    public async Task A_short_line_holds_nothing_at_all()
    {
        var hose = await VariantOfAsync("G1");
        var dish = await VariantOfAsync("K1");

        var held = await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(dish, 2), new StockLine(hose, 4)], CancellationToken.None));

        Assert.False(held);
        Assert.Equal(10, await StockOfAsync("K1"));
        Assert.Equal(3, await StockOfAsync("G1"));
        var draft = await VariantOfAsync("D1");
        Assert.False(await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(draft, 1)], CancellationToken.None)));
        Assert.False(await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(dish, 1), new StockLine(99_999, 1)], CancellationToken.None)));
        Assert.Equal(10, await StockOfAsync("K1"));

        Assert.True(await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(dish, 2), new StockLine(hose, 3)], CancellationToken.None)));
        Assert.Equal((8, 0), (await StockOfAsync("K1"), await StockOfAsync("G1")));
        await WithCatalogAsync(async c =>
        {
            await c.ReleaseAsync([new StockLine(hose, 3)], CancellationToken.None);
            return 0;
        });
        Assert.Equal(3, await StockOfAsync("G1"));
    }

    [Fact]
    public async Task Racing_shoppers_never_take_more_than_there_is()
    {
        var apron = await VariantOfAsync("K2");
        var stock = await StockOfAsync("K2");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            WithCatalogAsync(c => c.TryReserveAsync([new StockLine(apron, 1)], CancellationToken.None)))));

        Assert.Equal(stock, attempts.Count(held => held));
        Assert.Equal(0, await StockOfAsync("K2"));
    }

    [Fact]
    public async Task Races_across_variants_of_one_product_take_each_variant_s_stock_exactly_and_record_the_product()
    {
        var tee = await TeeAsync("RACE", stock: 3);
        var variants = await WithCatalogAsync(c => c.GetPublishedProductVariantsAsync(tee.Id, CancellationToken.None));
        var lastChange = await app.WithDbAsync(db => db.Set<CatalogChange>().MaxAsync(c => (long?)c.Id)) ?? 0;

        // Each shopper wants two variants of the same tee, in either order: a hold is all or nothing, and
        // taking lines in variant-id order means two holds never wait on each other in a circle.
        var wanted = Enumerable.Range(0, 24).Select(i =>
        {
            var a = variants[i % variants.Count].VariantId;
            var b = variants[(i + 1) % variants.Count].VariantId;
            return i % 2 == 0 ? new[] { new StockLine(a, 1), new StockLine(b, 1) } : [new StockLine(b, 1), new StockLine(a, 1)];
        }).ToList();
        var attempts = await Task.WhenAll(wanted.Select(lines => Task.Run(() =>
            WithCatalogAsync(c => c.TryReserveAsync(lines, CancellationToken.None)))));

        var after = await WithCatalogAsync(c => c.GetPublishedProductVariantsAsync(tee.Id, CancellationToken.None));
        var taken = wanted.Where((_, i) => attempts[i]).SelectMany(l => l).GroupBy(l => l.VariantId).ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        foreach (var variant in after)
        {
            Assert.InRange(variant.Stock, 0, 3);
            Assert.Equal(3 - taken.GetValueOrDefault(variant.VariantId), variant.Stock);
        }

        // 6 variants x 3 units = 18 units, two per hold: at most 9 holds, and a hold fails only when a variant ran out.
        Assert.InRange(attempts.Count(held => held), 1, 9);
        Assert.Contains(after, v => v.Stock == 0);
        var recorded = await app.WithDbAsync(db => db.Set<CatalogChange>().Where(c => c.Id > lastChange).Select(c => c.ProductId).Distinct().ToListAsync());
        Assert.Equal([tee.Id], recorded);
    }
}
