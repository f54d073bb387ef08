using System.Net;
using Microsoft.EntityFrameworkCore;
using Store.Orders.Contracts;
using Store.Tests.Accounts;

namespace Store.Tests.Orders;

/// <summary>Many buyers at once: held plus sold units never exceed the stock, and opposite line orders never deadlock.</summary>
public sealed class OrderRaceTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    [Fact]
    public async Task Fifty_buyers_racing_for_five_units_make_exactly_five_orders()
    {
        var last = await app.ProductAsync("Last Five", 1000, 5);
        var buyers = new List<HttpClient>();
        for (var i = 0; i < 50; i++)
        {
            var (_, api) = await app.ApiShopperAsync();
            await (await api.AddAsync(last, 1)).OkJsonAsync();
            buyers.Add(api);
        }

        var answers = await Task.WhenAll(buyers.Select(b => Task.Run(() => b.PlaceAsync())));

        Assert.Equal(5, answers.Count(a => a.StatusCode == HttpStatusCode.Created));
        Assert.All(answers.Where(a => a.StatusCode != HttpStatusCode.Created), a => Assert.Equal(HttpStatusCode.Conflict, a.StatusCode));
        Assert.Equal(0, await app.StockOfAsync(last));
        Assert.Equal(5, await app.WithOrdersAsync(q => q.Where(o => o.Lines.Any(l => l.VariantId == last.VariantId)).CountAsync()));
    }

    [Fact]
    public async Task Multi_line_orders_racing_in_opposite_line_order_all_finish()
    {
        var (left, right) = (await app.ProductAsync("Left", 100, 40), await app.ProductAsync("Right", 100, 40));
        var buyers = new List<HttpClient>();
        for (var i = 0; i < 20; i++)
        {
            var (_, api) = await app.ApiShopperAsync();
            // Half add left then right, half right then left: the cart keeps that order, the holds take variant-id order.
            foreach (var item in i % 2 == 0 ? new[] { left, right } : new[] { right, left })
            {
                await (await api.AddAsync(item, 2)).OkJsonAsync();
            }

            buyers.Add(api);
        }

        var answers = await Task.WhenAll(buyers.Select(b => Task.Run(() => b.PlaceAsync())));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        Assert.Equal((0, 0), (await app.StockOfAsync(left), await app.StockOfAsync(right)));
        Assert.Equal(20, await app.WithOrdersAsync(q => q.CountAsync(o => o.Status == OrderStatus.Pending && o.Lines.Count == 2)));
    }
}
