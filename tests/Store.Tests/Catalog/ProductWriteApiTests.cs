using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>The merchandiser's API: create, update, publish, delete; slugs, SKUs and permissions.</summary>
public sealed class ProductWriteApiTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private static object Product(string name, string sku, bool published = true, string? slug = null, long price = 1500) => new
    {
        name,
        sku,
        slug,
        price,
        stock = 5,
        published,
        description = "Hello",
        categories = new[] { "kitchen" },
        attributes = new Dictionary<string, string> { ["colour"] = "blue" },
    };

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    [Fact]
    public async Task Writes_need_the_permission()
    {
        var anonymous = app.Browser();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/products", Product("Nope", "NOPE-1"))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.DeleteAsync("/api/v1/products/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/v1/categories", new { name = "X" })).StatusCode);
    }

    [Fact]
    public async Task Create_makes_a_unique_slug_from_the_name_and_normalises_attribute_values()
    {
        var admin = await app.ApiAdminAsync();
        var first = await admin.PostAsJsonAsync("/api/v1/products", Product("Café Table", "CT-1"));
        var second = await admin.PostAsJsonAsync("/api/v1/products", Product("Café Table", "CT-2"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal("cafe-table", (await JsonAsync(first)).GetProperty("slug").GetString());
        var secondJson = await JsonAsync(second);
        Assert.Equal("cafe-table-2", secondJson.GetProperty("slug").GetString());
        Assert.Equal("Blue", secondJson.GetProperty("attributes").GetProperty("colour").GetString());
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/products/cafe-table-2")).StatusCode);
    }

    [Fact]
    public async Task Bad_input_answers_problem_details_with_each_field()
    {
        var admin = await app.ApiAdminAsync();
        var response = await admin.PostAsJsonAsync("/api/v1/products", new
        {
            name = "",
            sku = "M1",
            slug = "Not A Slug",
            price = -5,
            compareAtPrice = 1,
            stock = -1,
            categories = new[] { "nowhere" },
            attributes = new Dictionary<string, string> { ["colour"] = "Purple", ["flavour"] = "x" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        foreach (var field in new[] { "name", "sku", "slug", "price", "stock", "categories", "attributes.colour", "attributes.flavour" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        Assert.Equal("The SKU M1 is already used by \"Red Mug\".", errors.GetProperty("sku")[0].GetString());
    }

    [Fact]
    public async Task A_taken_slug_is_refused_and_an_old_slug_redirects_permanently()
    {
        var admin = await app.ApiAdminAsync();
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/products", Product("Old Name Vase", "VASE-1")));
        var id = created.GetProperty("id").GetInt32();

        var taken = await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Old Name Vase", "VASE-1", slug: "red-mug"));
        Assert.Equal(HttpStatusCode.BadRequest, taken.StatusCode);

        var renamed = await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("New Name Vase", "VASE-1", slug: "new-name-vase"));
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);

        var shopper = app.Browser();
        var old = await shopper.GetAsync("/products/old-name-vase?ref=mail");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/products/new-name-vase?ref=mail", old.Headers.Location?.OriginalString);
        var oldApi = await shopper.GetAsync("/api/v1/products/old-name-vase");
        Assert.Equal(HttpStatusCode.MovedPermanently, oldApi.StatusCode);

        // Taking the old slug back for the same product removes the redirect.
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Old Name Vase", "VASE-1", slug: "old-name-vase"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync("/products/old-name-vase")).StatusCode);
        Assert.Equal(HttpStatusCode.MovedPermanently, (await shopper.GetAsync("/products/new-name-vase")).StatusCode);
    }

    [Fact]
    public async Task A_save_that_fails_in_the_database_keeps_the_old_slugs_redirect()
    {
        var admin = await app.ApiAdminAsync();
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/products", Product("Old Slug Lamp", "LAMP-1")));
        var id = created.GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/products/{id}", Product("Old Slug Lamp", "LAMP-1", slug: "new-slug-lamp"))).StatusCode);

        // Another product with the same SKU, added to the same unit of work, makes the save fail at the unique index
        // (what a concurrent save does), after every check has passed.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            db.Add(new Store.Catalog.Products.Product { Name = "Clash", Slug = "clash-lamp", SearchName = "clash", Variants = [new() { Sku = "LAMP-1" }] });
            var input = new ProductInput { Name = "Old Slug Lamp", Slug = "old-slug-lamp", Sku = "LAMP-1", Price = 1500, Stock = 5, Published = true };
            var (saved, errors) = await scope.ServiceProvider.GetRequiredService<ProductEditor>().SaveAsync(id, input, CancellationToken.None);
            Assert.Null(saved);
            Assert.Contains(nameof(ProductInput.Sku), errors.Keys);
        }

        var old = await app.Browser().GetAsync("/products/old-slug-lamp");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/products/new-slug-lamp", old.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Publishing_shows_a_draft_and_the_cached_list_is_refreshed()
    {
        var admin = await app.ApiAdminAsync();
        var shopper = app.Browser();
        var created = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/products", Product("Zebra Planter", "ZP-1", published: false)));
        var id = created.GetProperty("id").GetInt32();

        // Fill the output cache with the list that does not have the product yet.
        Assert.DoesNotContain("Zebra Planter", await shopper.GetStringAsync("/products?q=zebra"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/api/v1/products/zebra-planter")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/products/{id}/publish", null)).StatusCode);
        Assert.Contains("Zebra Planter", await shopper.GetStringAsync("/products?q=zebra"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync("/products/zebra-planter")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.PostAsync($"/api/v1/products/{id}/unpublish", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/products/zebra-planter")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/products/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.DeleteAsync($"/api/v1/products/{id}")).StatusCode);
    }

    [Fact]
    public async Task Categories_can_be_created_moved_and_deleted_but_not_put_under_themselves()
    {
        var admin = await app.ApiAdminAsync();
        var parent = await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Living Room" });
        Assert.Equal(HttpStatusCode.Created, parent.StatusCode);
        var parentId = (await JsonAsync(parent)).GetProperty("id").GetInt32();
        var child = await JsonAsync(await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Sofas", parent = "living-room" }));
        Assert.Equal("living-room", child.GetProperty("parent").GetString());

        var cycle = await admin.PutAsJsonAsync($"/api/v1/categories/{parentId}", new { name = "Living Room", parent = "sofas" });
        Assert.Equal(HttpStatusCode.BadRequest, cycle.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.DeleteAsync($"/api/v1/categories/{parentId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/categories/{child.GetProperty("id").GetInt32()}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/categories/{parentId}")).StatusCode);
    }

    [Fact]
    public async Task A_renamed_category_keeps_its_old_links_until_another_category_takes_the_slug()
    {
        var admin = await app.ApiAdminAsync();
        var id = (await JsonAsync(await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Porch Lights" }))).GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/categories/{id}", new { name = "Outdoor Lights", slug = "outdoor-lights" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PutAsJsonAsync($"/api/v1/categories/{id}", new { name = "Garden Lights", slug = "garden-lights" })).StatusCode);

        // Both old slugs lead straight to the current page, query kept; a bookmarked filter still filters.
        var shopper = app.Browser();
        var first = await shopper.GetAsync("/categories/porch-lights?sort=price_asc");
        Assert.Equal(HttpStatusCode.MovedPermanently, first.StatusCode);
        Assert.Equal("/categories/garden-lights?sort=price_asc", first.Headers.Location?.OriginalString);
        Assert.Equal("/categories/garden-lights", (await shopper.GetAsync("/categories/outdoor-lights")).Headers.Location?.OriginalString);
        Assert.Contains("Garden Lights", await shopper.GetStringAsync("/categories/garden-lights"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await shopper.GetAsync("/api/v1/products?category=porch-lights")).StatusCode);

        // A new category may take an old slug: its own page wins.
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/categories", new { name = "Porch Decor", slug = "porch-lights" })).StatusCode);
        var taken = await shopper.GetAsync("/categories/porch-lights");
        Assert.Equal(HttpStatusCode.OK, taken.StatusCode);
        Assert.Contains("Porch Decor", await taken.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // Deleting the category ends its redirects.
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"/api/v1/categories/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/categories/outdoor-lights")).StatusCode);
    }
}
