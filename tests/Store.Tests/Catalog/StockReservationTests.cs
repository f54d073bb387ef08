using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Products;

namespace Store.Tests.Catalog;

/// <summary>The contract later modules use: published products only, stock held all-or-nothing, races settled by the database.</summary>
public sealed class StockReservationTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private Task<int> IdOfAsync(string sku) => app.WithDbAsync(db => db.Set<Product>().Where(p => p.Sku == sku).Select(p => p.Id).SingleAsync());

    private Task<int> StockOfAsync(string sku) => app.WithDbAsync(db => db.Set<Product>().Where(p => p.Sku == sku).Select(p => p.Stock).SingleAsync());

    private async Task<T> WithCatalogAsync<T>(Func<ICatalogProducts, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICatalogProducts>());
    }

    [Fact]
    public async Task Only_published_products_are_returned_with_server_prices()
    {
        var ids = new[] { await IdOfAsync("M1"), await IdOfAsync("D1"), 99_999 };

        var products = await WithCatalogAsync(c => c.GetPublishedAsync(ids, CancellationToken.None));

        var product = Assert.Single(products);
        Assert.Equal(("Red Mug", 1000L, 5), (product.Name, product.Price, product.Stock));
        Assert.StartsWith("/media/thumb/", product.ImageUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_short_line_holds_nothing_at_all()
    {
        var hose = await IdOfAsync("G1");
        var dish = await IdOfAsync("K1");

        var held = await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(dish, 2), new StockLine(hose, 4)], CancellationToken.None));

        Assert.False(held);
        Assert.Equal(10, await StockOfAsync("K1"));
        Assert.Equal(3, await StockOfAsync("G1"));
        var draft = await IdOfAsync("D1");
        Assert.False(await WithCatalogAsync(c => c.TryReserveAsync([new StockLine(draft, 1)], CancellationToken.None)));

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
        var apron = await IdOfAsync("K2");
        var stock = await StockOfAsync("K2");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => Task.Run(() =>
            WithCatalogAsync(c => c.TryReserveAsync([new StockLine(apron, 1)], CancellationToken.None)))));

        Assert.Equal(stock, attempts.Count(held => held));
        Assert.Equal(0, await StockOfAsync("K2"));
    }
}
