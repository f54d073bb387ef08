using System.Text.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

public sealed class DemoShopFactory : CatalogAppFactory
{
    protected override string? Recipe => "demo";

    protected override string? Fixture => null;
}

/// <summary>The demo recipe opens a shop that looks real: about 60 products (200 variants) in about 10 categories, with pictures.</summary>
public sealed class DemoRecipeTests(DemoShopFactory app) : IClassFixture<DemoShopFactory>
{
    [Fact]
    public async Task Demo_shop_has_products_in_every_category_with_images_and_filters()
    {
        var client = app.Browser();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=100")).RootElement;
        Assert.InRange(list.GetProperty("total").GetInt32(), 55, 65);
        Assert.All(list.GetProperty("items").EnumerateArray(), p => Assert.NotEqual(JsonValueKind.Null, p.GetProperty("imageUrl").ValueKind));
        Assert.Contains(list.GetProperty("facets").EnumerateArray(), f => f.GetProperty("slug").GetString() == "colour");

        var categories = JsonDocument.Parse(await client.GetStringAsync("/api/v1/categories")).RootElement;
        var all = categories.EnumerateArray().SelectMany(c => new[] { c }.Concat(c.GetProperty("children").EnumerateArray())).ToList();
        Assert.Equal(11, all.Count);
        foreach (var category in all)
        {
            var slug = category.GetProperty("slug").GetString();
            var inCategory = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/products?category={slug}")).RootElement;
            Assert.True(inCategory.GetProperty("total").GetInt32() > 0, $"{slug} is empty");
        }

        // Clothing comes in sizes and colours, each colour with its own picture drawn in that colour.
        var tee = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products/pocket-tee")).RootElement;
        Assert.Equal(["Size", "Colour"], tee.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var variants = tee.GetProperty("variants").EnumerateArray().ToList();
        Assert.InRange(variants.Count, 8, 12);
        var byColour = variants.GroupBy(v => v.GetProperty("options")[1].GetString()).ToDictionary(g => g.Key!, g => g.Select(v => v.GetProperty("imageUrl").GetString()).Distinct().Single());
        Assert.Equal(byColour.Count, byColour.Values.Distinct().Count());

        var image = list.GetProperty("items")[0].GetProperty("imageUrl").GetString();
        Assert.Equal("image/jpeg", (await client.GetAsync(image)).Content.Headers.ContentType?.MediaType);
    }
}
