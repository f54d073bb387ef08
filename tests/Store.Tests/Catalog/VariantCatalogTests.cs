using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Variants;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Variants as shoppers and API clients see them: prices and stock per variant on the page, in lists and filters, and in the API.</summary>
public sealed partial class VariantCatalogTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private async Task<IReadOnlyList<CatalogVariantSnapshot>> VariantsOfAsync(int productId)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().GetPublishedProductVariantsAsync(productId, CancellationToken.None);
    }

    private async Task<bool> ReserveAsync(params StockLine[] lines)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().TryReserveAsync(lines, CancellationToken.None);
    }

    [Fact]
    public async Task Lists_show_a_price_range_once_per_product_and_filter_on_option_values_in_stock()
    {
        var tee = await VariantProducts.TeeAsync(app.Services, "LIST", stock: 2);
        var shopper = app.Browser();

        var found = await shopper.ListAsync("?q=list+tee");
        Assert.Equal(1, found.Total());
        var item = found.GetProperty("items")[0];
        Assert.Equal((1500, 1700, true), (item.GetProperty("price").GetInt64(), item.GetProperty("maxPrice").GetInt64(), item.GetProperty("inStock").GetBoolean()));
        var html = await shopper.GetStringAsync("/products?q=list+tee");
        Assert.Contains("From $15.00", html, StringComparison.Ordinal);

        Assert.Equal(["LIST tee"], await shopper.NamesAsync("?q=list&option.colour=Red"));
        Assert.Equal(1, (await shopper.ListAsync("?q=list")).OptionCounts("colour").GetValueOrDefault("Red"));

        // Every red tee sold: "Colour: Red" with "in stock only" no longer finds it; blue still does.
        var red = (await VariantsOfAsync(tee.Id)).Where(v => v.Options[1].Value == "Red").ToList();
        Assert.True(await ReserveAsync([.. red.Select(v => new StockLine(v.VariantId, 2))]));
        Assert.Empty(await shopper.NamesAsync("?q=list&option.colour=Red&in_stock=true"));
        Assert.Equal(["LIST tee"], await shopper.NamesAsync("?q=list&option.colour=Red"));
        Assert.Equal(["LIST tee"], await shopper.NamesAsync("?q=list&option.colour=Blue&in_stock=true"));
        var inStock = await shopper.ListAsync("?q=list&in_stock=true");
        Assert.Equal(0, inStock.OptionCounts("colour").GetValueOrDefault("Red"));
        Assert.Equal(1, inStock.OptionCounts("colour").GetValueOrDefault("Blue"));

        // The last blue units go too: the tee is out of stock everywhere.
        var blue = (await VariantsOfAsync(tee.Id)).Where(v => v.Options[1].Value == "Blue").ToList();
        Assert.True(await ReserveAsync([.. blue.Select(v => new StockLine(v.VariantId, 2))]));
        Assert.Empty(await shopper.NamesAsync("?q=list&in_stock=true"));
    }

    [Fact]
    public async Task The_product_page_shows_the_chosen_variant_and_offers_one_per_variant()
    {
        var tee = await VariantProducts.TeeAsync(app.Services, "PAGE", stock: 3);
        var variants = await VariantsOfAsync(tee.Id);
        var large = variants.Single(v => v.Sku == "PAGE-L-Blue");
        var small = variants.Single(v => v.Sku == "PAGE-S-Red");
        Assert.True(await ReserveAsync(new StockLine(small.VariantId, 3)));
        var shopper = app.Browser();

        var page = await shopper.GetStringAsync($"/products/page-tee?variant={large.VariantId}");

        Assert.Contains("<span data-variant-sku>PAGE-L-Blue</span>", page, StringComparison.Ordinal);
        Assert.Contains("<span data-variant-price>$17.00</span>", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{small.VariantId}\" disabled>S / Red — $15.00 (sold out)</option>", page, StringComparison.Ordinal);
        Assert.Contains($"<option value=\"{large.VariantId}\" selected>L / Blue — $17.00</option>", page, StringComparison.Ordinal);
        Assert.Contains("name=\"variantId\"", page, StringComparison.Ordinal);

        var jsonLd = JsonDocument.Parse(JsonLd().Match(page).Groups[1].Value).RootElement;
        Assert.Equal("ProductGroup", jsonLd.GetProperty("@type").GetString());
        var offers = jsonLd.GetProperty("hasVariant").EnumerateArray().Select(v => v.GetProperty("offers")).ToList();
        Assert.Equal(6, offers.Count);
        Assert.Equal("https://schema.org/OutOfStock", offers[0].GetProperty("availability").GetString());
        Assert.Equal("17.00", offers[5].GetProperty("price").GetString());

        // Without a choice the page opens on the first variant in stock.
        var first = await shopper.GetStringAsync("/products/page-tee");
        Assert.Contains("<span data-variant-sku>PAGE-S-Blue</span>", first, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_reads_and_writes_variants_and_refuses_a_duplicate_sku()
    {
        var tee = await VariantProducts.TeeAsync(app.Services, "API", stock: 4);
        var admin = await app.ApiAdminAsync();

        var product = await (await admin.GetAsync($"/api/v1/products/{tee.Id}")).JsonAsync(HttpStatusCode.OK);
        var variants = product.GetProperty("variants").EnumerateArray().ToList();
        Assert.Equal(6, variants.Count);
        Assert.Equal(["M", "Blue"], variants[3].GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal(["Size", "Colour"], product.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        var id = variants[3].GetProperty("id").GetInt32();

        var changed = await (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}/variants/{id}", new { price = 1900, stock = 9 })).JsonAsync(HttpStatusCode.OK);
        var after = changed.GetProperty("variants").EnumerateArray().Single(v => v.GetProperty("id").GetInt32() == id);
        Assert.Equal((1900, 9, "API-M-Blue"), (after.GetProperty("price").GetInt64(), after.GetProperty("stock").GetInt32(), after.GetProperty("sku").GetString()));
        Assert.Equal(4, changed.GetProperty("variants")[0].GetProperty("stock").GetInt32());

        var taken = await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}/variants/{id}", new { sku = "M1" });
        var problem = await taken.JsonAsync(HttpStatusCode.BadRequest);
        Assert.Contains("already used by \"Red Mug\"", problem.GetProperty("errors").GetProperty("sku")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}/variants/99999", new { stock = 1 })).StatusCode);
        var unchanged = await (await admin.GetAsync($"/api/v1/products/{tee.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("API-M-Blue", unchanged.GetProperty("variants")[3].GetProperty("sku").GetString());

        // The whole product replaced: a colour dropped takes its variants with it; two rows with one SKU are refused.
        var replace = new
        {
            name = "API tee",
            price = 1500,
            published = true,
            categories = new[] { "mugs" },
            options = new[] { new { name = "Size", values = new[] { "S", "M" } } },
            variants = new object[] { new { options = new[] { "S" }, sku = "API-S", stock = 1 }, new { options = new[] { "M" }, sku = "API-S", stock = 1 } },
        };
        var twice = await (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}", replace)).JsonAsync(HttpStatusCode.BadRequest);
        Assert.True(twice.GetProperty("errors").TryGetProperty("variants[1].Sku", out _), twice.ToString());
        var fixedUp = replace with { variants = [new { options = new[] { "S" }, sku = "API-S", stock = 1 }, new { options = new[] { "M" }, sku = "API-M", price = 2100, stock = 0 }] };
        var saved = await (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}", fixedUp)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([(1500L, 1), (2100L, 0)], saved.GetProperty("variants").EnumerateArray().Select(v => (v.GetProperty("price").GetInt64(), v.GetProperty("stock").GetInt32())));
        Assert.Equal(2, await app.WithDbAsync(db => db.Set<ProductVariant>().CountAsync(v => v.ProductId == tee.Id)));
    }

    [Fact]
    public async Task After_variant_edits_the_index_answers_like_one_built_fresh()
    {
        var tee = await VariantProducts.TeeAsync(app.Services, "FRESH", stock: 1);
        var admin = await app.ApiAdminAsync();
        var shopper = app.Browser();
        string[] queries = ["?q=fresh", "?option.colour=Red", "?option.colour=Blue&in_stock=true", "?option.size=L&in_stock=true", "?min_price=16&max_price=30", "?sort=price_asc&page_size=100", "?in_stock=true&page_size=100"];
        _ = await shopper.ListAsync("?page_size=1");

        var variants = await VariantsOfAsync(tee.Id);
        Assert.True(await ReserveAsync(new StockLine(variants[0].VariantId, 1), new StockLine(variants[2].VariantId, 1)));
        (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}/variants/{variants[5].VariantId}", new { price = 1200 })).EnsureSuccessStatusCode();
        (await admin.PutAsJsonAsync($"/api/v1/products/{tee.Id}/variants/{variants[1].VariantId}", new { stock = 0 })).EnsureSuccessStatusCode();
        var live = new List<string>();
        foreach (var query in queries)
        {
            live.Add((await shopper.ListAsync(query)).ToString());
        }

        // A node that has not looked for 12 hours builds its index afresh from the database.
        app.Time.Advance(TimeSpan.FromHours(13));
        var fresh = new List<string>();
        foreach (var query in queries)
        {
            fresh.Add((await shopper.ListAsync(query)).ToString());
        }

        Assert.Equal(fresh, live);
        Assert.Equal(1200, (await shopper.ListAsync("?q=fresh")).GetProperty("items")[0].GetProperty("price").GetInt64());
    }

    [GeneratedRegex("<script type=\"application/ld\\+json\">(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex JsonLd();
}
