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

    [Fact]
    public async Task A_French_shopper_reads_the_demo_catalog_in_French()
    {
        var client = app.Browser();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=100&culture=fr")).RootElement;
        var names = list.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("name").GetString()).ToList();
        Assert.Contains("Chemise en lin", names);
        Assert.DoesNotContain("Linen shirt", names);
        var colour = list.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "attr.colour");
        Assert.Equal("Couleur", colour.GetProperty("name").GetString());
        Assert.Contains(colour.GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == "Red" && v.GetProperty("label").GetString() == "Rouge");
        // The filter that stands for every product's Colour option reads French too, and filters by the stored value.
        var colourOption = list.GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "option.colour");
        Assert.Equal("Couleur", colourOption.GetProperty("name").GetString());
        Assert.Contains(colourOption.GetProperty("values").EnumerateArray(), v => v.GetProperty("value").GetString() == "Red" && v.GetProperty("label").GetString() == "Rouge");
        var shirt = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products/linen-shirt?culture=fr")).RootElement;
        Assert.StartsWith("**Chemise en lin**, coloris", shirt.GetProperty("description").GetString(), StringComparison.Ordinal);
        // Its options too: Size keeps its values (S, M...), Colour and its values read French.
        Assert.Equal(["Taille", "Couleur"], shirt.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Contains(shirt.GetProperty("options")[1].GetProperty("values").EnumerateArray(), v => v.GetString() is "Rouge" or "Bleu" or "Vert" or "Noir" or "Blanc" or "Jaune" or "Naturel");
        Assert.DoesNotContain(shirt.GetProperty("options")[1].GetProperty("values").EnumerateArray(), v => v.GetString() is "Red" or "Blue" or "Green" or "Black" or "White" or "Yellow" or "Natural");
        var categories = JsonDocument.Parse(await client.GetStringAsync("/api/v1/categories?culture=fr")).RootElement;
        Assert.Contains(categories.EnumerateArray(), c => c.GetProperty("name").GetString() == "Vêtements");
        Assert.Contains("Chemise en lin", JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?q=chemise&culture=fr")).RootElement.GetProperty("items")[0].GetProperty("name").GetString(), StringComparison.Ordinal);
        // A yes/no detail reads in the shopper's language; the stored value stays "Yes".
        Assert.Contains("<dd>Oui</dd>", await client.GetStringAsync("/products/handleless-tea-cup?culture=fr"), StringComparison.Ordinal);
        Assert.Contains("<dd>Yes</dd>", await client.GetStringAsync("/products/handleless-tea-cup?culture=en"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_shop_shows_ratings_out_of_the_box_on_about_a_third_of_the_products()
    {
        var client = app.Browser();
        var list = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=100")).RootElement;
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var rated = items.Where(p => p.GetProperty("rating").ValueKind != JsonValueKind.Null).ToList();

        // About a third, from the reviews step's approved reviews by the deliveredOrders step's buyers.
        Assert.InRange(rated.Count * 100 / items.Count, 25, 45);
        Assert.All(rated, p => Assert.True(p.GetProperty("ratingCount").GetInt32() >= 1));
        Assert.All(rated, p => Assert.InRange(p.GetProperty("rating").GetDecimal(), 1m, 5m));

        // sort=rating: the rated first, best first; then the unrated.
        var byRating = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=100&sort=rating")).RootElement
            .GetProperty("items").EnumerateArray().Select(p => p.GetProperty("rating").ValueKind == JsonValueKind.Null ? (decimal?)null : p.GetProperty("rating").GetDecimal()).ToList();
        var ratedFirst = byRating.TakeWhile(r => r is not null).Select(r => r!.Value).ToList();
        Assert.Equal(rated.Count, ratedFirst.Count);
        Assert.Equal(ratedFirst.OrderByDescending(r => r), ratedFirst);
        Assert.All(byRating.Skip(ratedFirst.Count), r => Assert.Null(r));

        // "4 stars and up" finds some, and only those.
        var fourUp = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=100&rating=4")).RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(fourUp);
        Assert.Equal(rated.Count(p => p.GetProperty("rating").GetDecimal() >= 4m), fourUp.Count);

        // Lists show stars and the count on the cards; the best product's page shows its reviews.
        var html = await client.GetStringAsync("/products?sort=rating");
        Assert.Contains("★", html, StringComparison.Ordinal);
        var best = JsonDocument.Parse(await client.GetStringAsync("/api/v1/products?page_size=1&sort=rating")).RootElement.GetProperty("items")[0];
        Assert.Contains($"({best.GetProperty("ratingCount").GetInt32()})", html, StringComparison.Ordinal);
        var reviews = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/products/{best.GetProperty("slug").GetString()}/reviews")).RootElement;
        Assert.Equal(best.GetProperty("ratingCount").GetInt32(), reviews.GetProperty("rating").GetProperty("count").GetInt32());
        Assert.NotEmpty(reviews.GetProperty("items").EnumerateArray());
    }
}
