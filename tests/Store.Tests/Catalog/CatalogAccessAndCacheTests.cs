using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>Who may run the catalog, and the output cache that serves anonymous shoppers.</summary>
public sealed class CatalogAccessAndCacheTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private async Task<HttpClient> SignedInAsync(string email, string role)
    {
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Role-pass-123")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        return await app.SignedInAdminAsync(email, "Role-pass-123");
    }

    [Fact]
    public async Task A_merchandiser_runs_the_catalog_and_a_translator_may_not()
    {
        var merchandiser = await SignedInAsync("merch@test.local", StoreRoles.Merchandiser);
        Assert.Equal(HttpStatusCode.OK, (await merchandiser.GetAsync("/admin/catalog/products")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await merchandiser.GetAsync("/admin/catalog/categories")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await merchandiser.GetAsync("/admin/catalog/attributes")).StatusCode);
        Assert.Contains("href=\"/admin/catalog/products\"", await merchandiser.GetStringAsync("/admin"), StringComparison.Ordinal);
        var created = await (await app.ApiAdminAsync("merch@test.local", "Role-pass-123")).PostAsJsonAsync("/api/v1/products", new { name = "Merch Made", sku = "MM-1", price = 100, stock = 1, published = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var translator = await SignedInAsync("translator@test.local", StoreRoles.Translator);
        Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync("/admin/catalog/products")).StatusCode);
        Assert.DoesNotContain("/admin/catalog/products", await translator.GetStringAsync("/admin"), StringComparison.Ordinal);
        var refused = await (await app.ApiAdminAsync("translator@test.local", "Role-pass-123")).PostAsJsonAsync("/api/v1/products", new { name = "Nope", sku = "NOPE-2", price = 100, stock = 1 });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Anonymous_list_pages_come_from_the_output_cache_until_the_catalog_changes()
    {
        var shopper = app.Browser();
        var first = await shopper.GetAsync("/products?q=warmer");
        Assert.DoesNotContain("Set-Cookie", first.Headers.Select(h => h.Key));
        Assert.Contains("Mug Warmer", await first.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // A change behind the catalog's back (no eviction) is not seen: the page is served from the cache.
        await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Variants.Any(v => v.Sku == "K4")).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Cup Warmer")));
        Assert.Contains("Mug Warmer", await shopper.GetStringAsync("/products?q=warmer"), StringComparison.Ordinal);
        Assert.Contains("Age", (await shopper.GetAsync("/products?q=warmer")).Headers.Select(h => h.Key));

        // A signed-in merchandiser never gets a cached page.
        var admin = await app.SignedInAdminAsync();
        Assert.Contains("Cup Warmer", await admin.GetStringAsync("/products?q=warmer"), StringComparison.Ordinal);

        // Any change through the catalog evicts every catalog page.
        await app.WithDbAsync(async db =>
        {
            await db.Set<Product>().Where(p => p.Variants.Any(v => v.Sku == "K4")).ExecuteUpdateAsync(s => s.SetProperty(p => p.Name, "Mug Warmer"));
            return 0;
        });
        var id = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Variants.Any(v => v.Sku == "K1")).Select(p => p.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NoContent, (await (await app.ApiAdminAsync()).PostAsync($"/api/v1/products/{id}/publish", null)).StatusCode);
        var fresh = await shopper.GetAsync("/products?q=warmer");
        Assert.DoesNotContain("Age", fresh.Headers.Select(h => h.Key));
    }

    [Fact]
    public async Task An_order_that_leaves_stock_keeps_lists_cached_and_refreshes_the_product_page_and_a_sell_out_refreshes_everything()
    {
        var teapot = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Variants.Any(v => v.Sku == "K3"))
            .Select(p => new { VariantId = p.Variants.Single().Id, p.Slug }).SingleAsync());
        var (variantId, slug) = (teapot.VariantId, teapot.Slug);
        var shopper = app.Browser();
        async Task<(string Body, bool Cached)> PageAsync(string path)
        {
            var response = await shopper.GetAsync(path);
            return (await response.Content.ReadAsStringAsync(), response.Headers.Contains("Age"));
        }

        await PageAsync("/products?q=teapot");
        await PageAsync("/products/" + slug);
        Assert.True((await PageAsync("/products?q=teapot")).Cached);
        Assert.True((await PageAsync("/products/" + slug)).Cached);
        Assert.Contains("Only 2 left", (await PageAsync("/products/" + slug)).Body, StringComparison.Ordinal);

        // One of the two teapots sold: the list reads the same and stays cached; the product page shows the new count.
        Assert.True(await ReserveAsync(new StockLine(variantId, 1)));
        var list = await PageAsync("/products?q=teapot");
        Assert.True(list.Cached);
        Assert.DoesNotContain("Out of stock", list.Body, StringComparison.Ordinal);
        var page = await PageAsync("/products/" + slug);
        Assert.False(page.Cached);
        Assert.Contains("Only 1 left", page.Body, StringComparison.Ordinal);

        // The last one sold: the card says so at once.
        Assert.True(await ReserveAsync(new StockLine(variantId, 1)));
        list = await PageAsync("/products?q=teapot");
        Assert.False(list.Cached);
        Assert.Contains("Out of stock", list.Body, StringComparison.Ordinal);

        // Both back (an order cancelled): in stock again everywhere.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().ReleaseAsync([new StockLine(variantId, 2)], CancellationToken.None);
        }

        list = await PageAsync("/products?q=teapot");
        Assert.False(list.Cached);
        Assert.DoesNotContain("Out of stock", list.Body, StringComparison.Ordinal);
        Assert.Contains("Only 2 left", (await PageAsync("/products/" + slug)).Body, StringComparison.Ordinal);
    }

    private async Task<bool> ReserveAsync(StockLine line)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().TryReserveAsync([line], CancellationToken.None);
    }
}
