using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Attributes;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// The product list as answered by this node's product index: stock changes, paging through every sort,
/// search ranking, attribute counts, and what deleted categories and attributes leave behind.
/// </summary>
public sealed class ProductIndexTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private Task<int> IdOfAsync(string sku) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.ProductId).SingleAsync());

    private Task<int> VariantOfAsync(string sku) => app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Sku == sku).Select(v => v.Id).SingleAsync());

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private async Task<int> CreateAsync(HttpClient admin, string name, string sku, long price = 1000, string[]? categories = null, Dictionary<string, string>? attributes = null)
    {
        var created = await (await admin.PostAsJsonAsync("/api/v1/products", new { name, sku, price, stock = 5, published = true, categories, attributes }))
            .JsonAsync(HttpStatusCode.Created);
        return created.GetProperty("id").GetInt32();
    }

    [Fact]
    public async Task Reserving_the_last_units_takes_a_product_out_of_the_in_stock_list_at_once_and_releasing_brings_it_back()
    {
        var client = app.Browser();
        var teapot = await IdOfAsync("K3");
        var teapotVariant = await VariantOfAsync("K3");
        var before = await client.ListAsync("?in_stock=true&page_size=100");
        Assert.Contains(teapot, before.Ids());
        Task<bool> ReserveAsync(int quantity) =>
            InScopeAsync(s => s.GetRequiredService<ICatalogProducts>().TryReserveAsync([new StockLine(teapotVariant, quantity)], CancellationToken.None));

        Assert.True(await ReserveAsync(1));
        Assert.Equal(["Чайник Teapot"], await client.NamesAsync("?q=teapot&in_stock=true"));

        Assert.True(await ReserveAsync(1));
        var soldOut = await client.ListAsync("?in_stock=true&page_size=100");
        Assert.DoesNotContain(teapot, soldOut.Ids());
        Assert.Equal(before.Total() - 1, soldOut.Total());
        Assert.Empty(await client.NamesAsync("?q=teapot&in_stock=true"));
        Assert.Equal(["Чайник Teapot"], await client.NamesAsync("?q=teapot"));
        Assert.DoesNotContain("Чайник Teapot", await client.NamesAsync("?in_stock=true&attr.colour=Red"));

        await InScopeAsync(async s =>
        {
            await s.GetRequiredService<ICatalogProducts>().ReleaseAsync([new StockLine(teapotVariant, 2)], CancellationToken.None);
            return true;
        });
        var back = await client.ListAsync("?in_stock=true&page_size=100");
        Assert.Equal(before.Ids(), back.Ids());
        Assert.Contains("Чайник Teapot", await client.NamesAsync("?in_stock=true&attr.colour=Red"));
    }

    [Fact]
    public async Task A_change_still_being_committed_shows_once_it_commits_even_after_later_changes_were_seen()
    {
        var client = app.Browser();
        var dish = await IdOfAsync("K1");
        var tool = await VariantOfAsync("G2");
        _ = await client.ListAsync("?page_size=100");

        // A merchandiser's save on another node: its change row is written, its transaction not yet committed.
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await db.Set<ProductVariant>().Where(v => v.ProductId == dish).ExecuteUpdateAsync(s => s.SetProperty(v => v.Price, 2700));
            await CatalogChanges.RecordAsync(db, [dish], app.Time.GetUtcNow().UtcDateTime, CancellationToken.None);

            Assert.Empty(await client.NamesAsync("?min_price=27&max_price=27"));
            if (app.Database.IsPostgres)
            {
                // Only PostgreSQL lets a second writer commit meanwhile, with the next id: the list sees it first.
                Assert.True(await InScopeAsync(s => s.GetRequiredService<ICatalogProducts>().TryReserveAsync([new StockLine(tool, 1)], CancellationToken.None)));
                Assert.Empty(await client.NamesAsync("?q=under&in_stock=true"));
                Assert.Empty(await client.NamesAsync("?min_price=27&max_price=27"));
            }

            await transaction.CommitAsync();
        }

        Assert.Equal(["Crème Brûlée Dish"], await client.NamesAsync("?min_price=27&max_price=27"));
        if (app.Database.IsPostgres)
        {
            await InScopeAsync(async s =>
            {
                await s.GetRequiredService<ICatalogProducts>().ReleaseAsync([new StockLine(tool, 1)], CancellationToken.None);
                return true;
            });
            Assert.Equal(["Under_score Tool"], await client.NamesAsync("?q=under&in_stock=true"));
        }
    }

    [Theory]
    [InlineData("sort=price_asc")]
    [InlineData("sort=price_desc")]
    [InlineData("sort=newest")]
    [InlineData("sort=name")]
    [InlineData("q=m")]
    [InlineData("q=m&sort=price_desc")]
    [InlineData("in_stock=true&sort=price_asc")]
    [InlineData("category=kitchen&sort=name")]
    public async Task Every_product_shows_exactly_once_across_the_pages(string query)
    {
        var client = app.Browser();
        var all = await client.ListAsync($"?{query}&page_size=100");
        Assert.True(all.Total() >= 5, $"{query} matches only {all.Total()}");
        Assert.Equal(all.Total(), all.Ids().Distinct().Count());

        for (var size = 1; size <= 4; size++)
        {
            var walked = new List<int>();
            var pageCount = (all.Total() + size - 1) / size;
            for (var page = 1; page <= pageCount; page++)
            {
                var list = await client.ListAsync($"?{query}&page_size={size}&page={page}");
                Assert.Equal(all.Total(), list.Total());
                Assert.Equal(page < pageCount ? size : all.Total() - ((pageCount - 1) * size), list.Ids().Count);
                walked.AddRange(list.Ids());
            }

            Assert.Equal(all.Ids(), walked);
            Assert.Empty((await client.ListAsync($"?{query}&page_size={size}&page={pageCount + 1}")).Ids());
        }
    }

    [Fact]
    public async Task Sorts_follow_price_then_id_newest_then_id_and_name()
    {
        var client = app.Browser();
        static List<(long Price, int Id)> PricesAndIds(System.Text.Json.JsonElement list) =>
            list.GetProperty("items").EnumerateArray().Select(i => (i.GetProperty("price").GetInt64(), i.GetProperty("id").GetInt32())).ToList();

        var ascending = PricesAndIds(await client.ListAsync("?sort=price_asc&page_size=100"));
        Assert.Equal(ascending.OrderBy(p => p.Price).ThenBy(p => p.Id), ascending);
        var descending = PricesAndIds(await client.ListAsync("?sort=price_desc&page_size=100"));
        Assert.Equal(descending.OrderByDescending(p => p.Price).ThenBy(p => p.Id), descending);

        var createdUtc = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Status == ProductStatus.Published)
            .ToDictionaryAsync(p => p.Id, p => p.CreatedUtc));
        var newest = (await client.ListAsync("?sort=newest&page_size=100")).Ids();
        Assert.Equal(newest.OrderByDescending(id => createdUtc[id]).ThenByDescending(id => id), newest);

        var names = await client.NamesAsync("?sort=name&page_size=100");
        Assert.Equal(names.OrderBy(SearchText.Normalize, StringComparer.Ordinal), names);
    }

    [Fact]
    public async Task Search_ranks_the_whole_name_then_names_starting_with_it_then_words_starting_with_it_then_the_rest()
    {
        var admin = await app.ApiAdminAsync();
        // Created in an order unlike the ranking, so the ids alone cannot give it.
        var clamp = await CreateAsync(admin, "Clamp", "RL-1", price: 500);
        var desk = await CreateAsync(admin, "Desk Lamp", "RL-2");
        var post = await CreateAsync(admin, "Big Lamp Post", "RL-3");
        var shadePro = await CreateAsync(admin, "Lampshade Pro", "RL-4");
        var desk2 = await CreateAsync(admin, "Desk Lamp", "RL-5");
        var shade = await CreateAsync(admin, "Lamp Shade", "RL-6");
        var lamp = await CreateAsync(admin, "LAMP", "RL-7");
        int[] ranked = [lamp, shade, shadePro, post, desk, desk2, clamp];

        var client = app.Browser();
        Assert.Equal(ranked, (await client.ListAsync("?q=lamp&page_size=100")).Ids());
        Assert.Equal(ranked, (await client.ListAsync("?q=Lámp&sort=relevance&page_size=100")).Ids());
        for (var size = 1; size <= 3; size++)
        {
            var walked = new List<int>();
            for (var page = 1; page <= (ranked.Length + size - 1) / size; page++)
            {
                walked.AddRange((await client.ListAsync($"?q=lamp&page_size={size}&page={page}")).Ids());
            }

            Assert.Equal(ranked, walked);
        }

        Assert.Equal([desk, desk2], (await client.ListAsync("?q=desk%20lamp")).Ids());
        Assert.Equal(ranked[..^1], (await client.ListAsync("?q=lamp&min_price=10")).Ids());
        Assert.Equal([post, clamp, desk, desk2, lamp, shade, shadePro], (await client.ListAsync("?q=lamp&sort=name")).Ids());
    }

    [Fact]
    public async Task Counts_of_a_selected_attribute_ignore_its_own_selection_but_not_the_other_filters()
    {
        var client = app.Browser();

        var none = await client.ListAsync("?attr.colour=Red&attr.capacity=350");
        Assert.Empty(none.Ids());
        // Colour counts apply capacity 350 (the blue mug); capacity counts apply colour Red (the red mug, 300).
        Assert.Equal(new Dictionary<string, int> { ["Red"] = 0, ["Blue"] = 1 }, none.Counts("colour"));
        Assert.Equal(new Dictionary<string, int> { ["300"] = 1, ["350"] = 0 }, none.Counts("capacity"));
        Assert.Empty(none.Counts("waterproof"));

        var mugs = await client.ListAsync("?q=mug&attr.colour=Red");
        Assert.Equal(["Red Mug"], mugs.Names());
        Assert.Equal(new Dictionary<string, int> { ["Red"] = 1, ["Blue"] = 2, ["Green"] = 1 }, mugs.Counts("colour"));
        Assert.Equal(new Dictionary<string, int> { ["300"] = 1 }, mugs.Counts("capacity"));

        var kitchen = await client.ListAsync("?category=kitchen&attr.colour=Blue&attr.colour=Green&sort=name");
        Assert.Equal(["100% Cotton Apron", "Blue Mug", "Mug Warmer", "O'Brien \"Quoted\" Mug"], kitchen.Names());
        Assert.Equal(new Dictionary<string, int> { ["Red"] = 3, ["Blue"] = 3, ["Green"] = 1 }, kitchen.Counts("colour"));
        Assert.Equal(new Dictionary<string, int> { ["350"] = 1 }, kitchen.Counts("capacity"));

        var stocked = await client.ListAsync("?in_stock=true&attr.waterproof=Yes");
        Assert.Equal(["Garden Hose"], stocked.Names());
        Assert.Equal(new Dictionary<string, int> { ["Green"] = 1 }, stocked.Counts("colour"));
        Assert.Equal(new Dictionary<string, int> { ["Yes"] = 1 }, stocked.Counts("waterproof"));
    }

    [Fact]
    public async Task A_product_without_categories_or_attributes_is_listed_and_filtered_like_any_other()
    {
        var client = app.Browser();
        Assert.Equal(["Scripted Product"], await client.NamesAsync("?q=scripted&in_stock=true"));
        Assert.Equal(["Under_score Tool", "Scripted Product"], await client.NamesAsync("?max_price=7&sort=price_asc"));
        Assert.DoesNotContain("Scripted Product", await client.NamesAsync("?category=kitchen&page_size=100"));
        Assert.DoesNotContain("Scripted Product", await client.NamesAsync("?attr.colour=Red&attr.colour=Blue&attr.colour=Green&page_size=100"));
    }

    [Fact]
    public async Task A_deleted_category_stops_matching_even_after_a_new_one_takes_its_slug()
    {
        var client = app.Browser();
        var admin = await app.ApiAdminAsync();
        var seasonal = (await (await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Seasonal", slug = "seasonal" })).JsonAsync(HttpStatusCode.Created))
            .GetProperty("id").GetInt32();
        _ = await client.ListAsync("?category=seasonal");
        var globe = await CreateAsync(admin, "Snow Globe", "SG-1", categories: ["seasonal", "garden"]);
        Assert.Equal([globe], (await client.ListAsync("?category=seasonal")).Ids());

        await (await admin.DeleteAsync($"/api/v1/categories/{seasonal}")).JsonAsync(HttpStatusCode.NoContent);

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/products?category=seasonal")).StatusCode);
        Assert.Contains(globe, (await client.ListAsync("?category=garden")).Ids());
        Assert.Equal(["Snow Globe"], await client.NamesAsync("?q=snow"));

        await (await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Seasonal again", slug = "seasonal" })).JsonAsync(HttpStatusCode.Created);

        Assert.Empty((await client.ListAsync("?category=seasonal")).Ids());
        Assert.Contains(globe, (await client.ListAsync("?category=garden")).Ids());
    }

    [Fact]
    public async Task A_deleted_attribute_stops_filtering_and_counting_even_after_a_new_one_takes_its_slug()
    {
        var client = app.Browser();
        var admin = await app.ApiAdminAsync();
        var material = await InScopeAsync(async s => (await s.GetRequiredService<AttributeEditor>()
            .SaveAsync(null, new AttributeInput("Material", "material", AttributeType.Choice, ["Oak", "Pine"]), CancellationToken.None)).Attribute!.Id);
        _ = await client.ListAsync("?attr.material=Oak");
        var stool = await CreateAsync(admin, "Oak Stool", "OS-1", attributes: new() { ["material"] = "Oak" });
        Assert.Equal([stool], (await client.ListAsync("?attr.material=Oak")).Ids());
        Assert.Equal(new Dictionary<string, int> { ["Oak"] = 1 }, (await client.ListAsync("?q=stool")).Counts("material"));

        Assert.True(await InScopeAsync(s => s.GetRequiredService<AttributeEditor>().DeleteAsync(material, CancellationToken.None)));

        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/v1/products?attr.material=Oak")).StatusCode);
        Assert.Empty((await client.ListAsync("?q=stool")).Counts("material"));

        await InScopeAsync(async s => (await s.GetRequiredService<AttributeEditor>()
            .SaveAsync(null, new AttributeInput("Material", "material", AttributeType.Choice, ["Oak", "Pine"]), CancellationToken.None)).Attribute!.Id);

        var again = await client.ListAsync("?attr.material=Oak");
        Assert.Empty(again.Ids());
        Assert.Equal(new Dictionary<string, int> { ["Oak"] = 0 }, again.Counts("material"));
        Assert.Empty((await client.ListAsync("?page_size=100")).Counts("material"));
        Assert.Equal([stool], (await client.ListAsync("?q=stool")).Ids());
    }
}
