using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// Two web nodes on one database: what a merchandiser or a checkout changes through node A shows in node
/// B's product list at B's very next request. B lists once before each change, so its index is already
/// built and the change has to reach it as a change, not through a first build.
/// </summary>
public sealed class ProductIndexNodesTests(TwoCatalogNodes nodes) : IClassFixture<TwoCatalogNodes>
{
    private static object Product(string name, string sku, long price, int stock, string colour, bool published = true) => new
    {
        name,
        sku,
        price,
        stock,
        published,
        categories = new[] { "garden" },
        attributes = new Dictionary<string, string> { ["colour"] = colour },
    };

    private Task<int> IdOfAsync(string sku) =>
        nodes.A.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.ProductId).SingleAsync());

    private async Task<bool> OnNodeACatalogAsync(Func<ICatalogProducts, Task<bool>> work)
    {
        await using var scope = nodes.A.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ICatalogProducts>());
    }

    [Fact]
    public async Task A_product_created_renamed_repriced_recoloured_and_sold_out_on_node_A_shows_so_on_node_B()
    {
        var b = nodes.B.Browser();
        var before = await b.ListAsync("?page_size=100");
        var (green, blue) = (before.Counts("colour")["Green"], before.Counts("colour")["Blue"]);
        var inStock = (await b.ListAsync("?in_stock=true")).Total();
        var admin = await nodes.A.ApiAdminAsync();

        var created = await (await admin.PostAsJsonAsync("/api/v1/products", Product("Porch Lantern", "PL-1", 4500, 2, "Green"))).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        var afterCreate = await b.ListAsync("?page_size=100");
        Assert.Equal(before.Total() + 1, afterCreate.Total());
        Assert.Contains("Porch Lantern", afterCreate.Names());
        Assert.Equal(green + 1, afterCreate.Counts("colour")["Green"]);
        Assert.Equal(["Porch Lantern"], await b.NamesAsync("?q=lantern"));
        Assert.Contains("Porch Lantern", await b.NamesAsync("?category=garden&in_stock=true"));
        Assert.Equal(inStock + 1, (await b.ListAsync("?in_stock=true")).Total());

        await (await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Porch Light", "PL-1", 400, 2, "Blue"))).JsonAsync(HttpStatusCode.OK);

        Assert.Empty(await b.NamesAsync("?q=lantern"));
        Assert.Equal(["Porch Light"], await b.NamesAsync("?q=porch"));
        Assert.Equal(["Porch Light"], await b.NamesAsync("?max_price=4"));
        Assert.Equal("Porch Light", (await b.NamesAsync("?sort=price_asc"))[0]);
        Assert.Equal(["Porch Light"], await b.NamesAsync("?attr.colour=Blue&category=garden"));
        var recoloured = await b.ListAsync("?page_size=100");
        Assert.Equal((green, blue + 1), (recoloured.Counts("colour")["Green"], recoloured.Counts("colour")["Blue"]));

        // Only the stock changes: sold out, still listed, gone from the in-stock list.
        await (await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Porch Light", "PL-1", 400, 0, "Blue"))).JsonAsync(HttpStatusCode.OK);

        Assert.DoesNotContain("Porch Light", await b.NamesAsync("?in_stock=true&page_size=100"));
        Assert.Equal(inStock, (await b.ListAsync("?in_stock=true")).Total());
        var soldOut = (await b.ListAsync("?q=porch")).GetProperty("items")[0];
        Assert.False(soldOut.GetProperty("inStock").GetBoolean());
        Assert.Equal(blue + 1, (await b.ListAsync("?in_stock=false")).Counts("colour")["Blue"]);
    }

    [Fact]
    public async Task A_product_unpublished_republished_and_deleted_on_node_A_leaves_and_rejoins_node_B_lists()
    {
        var b = nodes.B.Browser();
        var before = await b.ListAsync("?page_size=100");
        var blue = before.Counts("colour")["Blue"];
        var warmer = await IdOfAsync("K4");
        var admin = await nodes.A.ApiAdminAsync();

        await (await admin.PostAsync($"/api/v1/products/{warmer}/unpublish", null)).JsonAsync(HttpStatusCode.NoContent);

        var unpublished = await b.ListAsync("?page_size=100");
        Assert.Equal(before.Total() - 1, unpublished.Total());
        Assert.DoesNotContain("Mug Warmer", unpublished.Names());
        Assert.Equal(blue - 1, unpublished.Counts("colour")["Blue"]);
        Assert.Empty(await b.NamesAsync("?q=warmer"));
        Assert.DoesNotContain("Mug Warmer", await b.NamesAsync("?attr.colour=Blue&in_stock=true"));

        await (await admin.PostAsync($"/api/v1/products/{warmer}/publish", null)).JsonAsync(HttpStatusCode.NoContent);

        var republished = await b.ListAsync("?page_size=100");
        Assert.Equal(before.Total(), republished.Total());
        Assert.Equal(before.Ids().Order(), republished.Ids().Order());
        Assert.Equal(blue, republished.Counts("colour")["Blue"]);
        Assert.Equal(["Mug Warmer"], await b.NamesAsync("?q=warmer"));

        await (await admin.DeleteAsync($"/api/v1/products/{warmer}")).JsonAsync(HttpStatusCode.NoContent);

        var deleted = await b.ListAsync("?page_size=100");
        Assert.Equal(before.Total() - 1, deleted.Total());
        Assert.DoesNotContain(warmer, deleted.Ids());
        Assert.Equal(blue - 1, deleted.Counts("colour")["Blue"]);
        Assert.Empty(await b.NamesAsync("?q=warmer"));
    }

    [Fact]
    public async Task Stock_held_by_a_checkout_on_node_A_takes_the_product_out_of_node_B_in_stock_list_until_released()
    {
        var b = nodes.B.Browser();
        var hose = await IdOfAsync("G1");
        var hoseVariant = await nodes.A.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == hose).Select(v => v.Id).SingleAsync());
        var stock = await nodes.A.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == hose).Select(v => v.Stock).SingleAsync());
        var inStock = await b.ListAsync("?in_stock=true&page_size=100");
        Assert.Contains(hose, inStock.Ids());

        Assert.True(await OnNodeACatalogAsync(c => c.TryReserveAsync([new StockLine(hoseVariant, stock)], CancellationToken.None)));

        var held = await b.ListAsync("?in_stock=true&page_size=100");
        Assert.DoesNotContain(hose, held.Ids());
        Assert.Equal(inStock.Total() - 1, held.Total());
        Assert.Empty(await b.NamesAsync("?q=hose&in_stock=true"));

        // A merchandiser's edit of another product re-sorts node B's index: the hose stays sold out there.
        var tool = await IdOfAsync("G2");
        var admin = await nodes.A.ApiAdminAsync();
        await (await admin.PutAsJsonAsync($"/api/v1/products/{tool}", new { name = "Underscore Tool", sku = "G2", price = 550, stock = 1, published = true, categories = new[] { "garden" } }))
            .JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Underscore Tool"], await b.NamesAsync("?q=underscore&in_stock=true"));
        Assert.Empty(await b.NamesAsync("?q=hose&in_stock=true"));

        Assert.True(await OnNodeACatalogAsync(async c =>
        {
            await c.ReleaseAsync([new StockLine(hoseVariant, stock)], CancellationToken.None);
            return true;
        }));

        Assert.Equal(["Garden Hose"], await b.NamesAsync("?q=hose&in_stock=true"));
        Assert.Equal(inStock.Total(), (await b.ListAsync("?in_stock=true")).Total());
    }

    [Fact]
    public async Task Node_B_cached_pages_and_filters_catch_up_with_a_change_on_node_A_at_its_next_poll()
    {
        var shopper = nodes.B.Browser();
        var admin = await nodes.A.ApiAdminAsync();
        await (await admin.PostAsJsonAsync("/api/v1/products", Product("Garden Gnome", "GG-1", 1500, 3, "Green"))).JsonAsync(HttpStatusCode.Created);
        var id = await IdOfAsync("GG-1");
        Assert.Contains("Garden Gnome", await shopper.GetStringAsync("/products?q=garden"), StringComparison.Ordinal);
        Assert.Contains("Age", (await shopper.GetAsync("/products?q=garden")).Headers.Select(h => h.Key));

        // Node B serves its cached page: no list request runs there, so nothing has told it yet.
        await (await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Garden Troll", "GG-1", 1500, 3, "Green"))).JsonAsync(HttpStatusCode.OK);
        Assert.Contains("Garden Gnome", await shopper.GetStringAsync("/products?q=garden"), StringComparison.Ordinal);

        nodes.B.Time.Advance(ProductIndexUpkeep.PollEvery);
        Assert.Contains("Garden Troll", await PollAsync(() => shopper.GetStringAsync("/products?q=garden"), page => page.Contains("Garden Troll", StringComparison.Ordinal)), StringComparison.Ordinal);

        // A new attribute (no product changes) is a filter on node B after its next poll too.
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var (_, errors) = await scope.ServiceProvider.GetRequiredService<AttributeEditor>()
                .SaveAsync(null, new AttributeInput("Finish", "finish", AttributeType.Text, []), CancellationToken.None);
            Assert.Empty(errors);
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await shopper.GetAsync("/api/v1/products?attr.finish=Matte")).StatusCode);
        nodes.B.Time.Advance(ProductIndexUpkeep.PollEvery);
        var answer = await PollAsync(() => shopper.GetAsync("/api/v1/products?attr.finish=Matte"), response => response.StatusCode == HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
    }

    [Fact]
    public async Task An_order_on_node_A_that_leaves_stock_refreshes_node_B_product_page_at_its_next_poll_and_keeps_its_lists_cached()
    {
        var shopper = nodes.B.Browser();
        var dish = await IdOfAsync("K1");
        var row = await nodes.A.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == dish).Select(v => new { v.Id, v.Stock }).SingleAsync());
        var (variant, stock) = (row.Id, row.Stock);
        var slug = await nodes.A.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == dish).Select(p => p.Slug).SingleAsync());

        // Node B catches up with whatever other tests changed, then caches the list and the page.
        await shopper.ListAsync("?page_size=1");
        foreach (var path in new[] { "/products?q=dish", "/products/" + slug, "/products?q=dish", "/products/" + slug })
        {
            await shopper.GetAsync(path);
        }

        Assert.True((await shopper.GetAsync("/products?q=dish")).Headers.Contains("Age"));
        Assert.Contains($"Only {stock} left", await shopper.GetStringAsync("/products/" + slug), StringComparison.Ordinal);

        Assert.True(await OnNodeACatalogAsync(c => c.TryReserveAsync([new StockLine(variant, 1)], CancellationToken.None)));

        nodes.B.Time.Advance(ProductIndexUpkeep.PollEvery);
        var page = await PollAsync(() => shopper.GetStringAsync("/products/" + slug), body => body.Contains($"Only {stock - 1} left", StringComparison.Ordinal));
        Assert.Contains($"Only {stock - 1} left", page, StringComparison.Ordinal);
        Assert.True((await shopper.GetAsync("/products?q=dish")).Headers.Contains("Age"));

        Assert.True(await OnNodeACatalogAsync(async c =>
        {
            await c.ReleaseAsync([new StockLine(variant, 1)], CancellationToken.None);
            return true;
        }));
    }

    // The poll runs in the background once the clock moves: ask until it has (or give up after 10 s).
    private static async Task<T> PollAsync<T>(Func<Task<T>> ask, Func<T, bool> done)
    {
        var answer = await ask();
        for (var tries = 0; !done(answer) && tries < 200; tries++)
        {
            await Task.Delay(50);
            answer = await ask();
        }

        return answer;
    }
}
