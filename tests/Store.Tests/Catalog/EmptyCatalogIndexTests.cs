using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

public sealed class EmptyCatalogFactory : CatalogAppFactory
{
    protected override string? Fixture => null;
}

/// <summary>A new shop with nothing in the catalog yet: the list answers empty, then shows the first product.</summary>
public sealed class EmptyCatalogIndexTests(EmptyCatalogFactory app) : IClassFixture<EmptyCatalogFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("?q=anything")]
    [InlineData("?page=5&page_size=2")]
    [InlineData("?in_stock=true&sort=price_asc&min_price=1")]
    [InlineData("?sort=relevance")]
    public async Task An_empty_catalog_lists_nothing_without_links_to_pages(string query)
    {
        var list = await app.Browser().ListAsync(query);

        Assert.Equal(0, list.Total());
        Assert.Empty(list.Ids());
        Assert.Equal(0, list.GetProperty("pageCount").GetInt32());
        Assert.Empty(list.GetProperty("facets").EnumerateArray());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, list.GetProperty("links").GetProperty("last").ValueKind);
    }

    [Fact]
    public async Task The_first_product_shows_at_the_next_list_and_leaves_with_its_delete()
    {
        var client = app.Browser();
        Assert.Equal(0, (await client.ListAsync("")).Total());
        var admin = await app.ApiAdminAsync();

        var created = await (await admin.PostAsJsonAsync("/api/v1/products", new { name = "First Thing", sku = "F-1", price = 100, stock = 1, published = true }))
            .JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt32();

        Assert.Equal([id], (await client.ListAsync("")).Ids());
        Assert.Equal([id], (await client.ListAsync("?q=first&in_stock=true")).Ids());

        await (await admin.DeleteAsync($"/api/v1/products/{id}")).JsonAsync(HttpStatusCode.NoContent);

        Assert.Equal(0, (await client.ListAsync("")).Total());
        Assert.Empty((await client.ListAsync("?q=first")).Ids());
    }
}
