using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Categories;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Promotions.Coupons;
using Store.Promotions.Sales;
using Store.Tests.Catalog;
using Store.Tests.Orders;

namespace Store.Tests.Promotions;

/// <summary>Shared steps of the coupon and promotion tests: codes, sales, products in categories, applying a code.</summary>
internal static class Promo
{
    /// <summary>A fresh code (codes are shop-wide and tests share a shop).</summary>
    public static string NewCode(string prefix = "T") => $"{prefix}-{Guid.NewGuid().ToString("n")[..8]}".ToUpperInvariant();

    public static async Task<int> CouponAsync(this CatalogAppFactory app, CouponInput input)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<CouponEditor>().SaveAsync(null, input, CancellationToken.None);
        Assert.True(saved.IsSaved, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return saved.Value!.Id;
    }

    public static async Task<int> PromotionAsync(this CatalogAppFactory app, PromotionInput input)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var saved = await scope.ServiceProvider.GetRequiredService<PromotionEditor>().SaveAsync(null, input, CancellationToken.None);
        Assert.True(saved.IsSaved, string.Join("; ", saved.Errors.Select(e => $"{e.Key}: {e.Value}")));
        return saved.Value!.Id;
    }

    /// <summary>A category (under <paramref name="parent"/>, a slug) with a unique slug; returns the slug.</summary>
    public static async Task<string> CategoryAsync(this CatalogAppFactory app, string name, string? parent = null)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var slug = $"{name.ToLowerInvariant()}-{Guid.NewGuid().ToString("n")[..6]}";
        var (category, errors) = await scope.ServiceProvider.GetRequiredService<CategoryEditor>().SaveAsync(null, new CategoryInput(name, slug, "", parent), CancellationToken.None);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Values));
        return category!.Slug;
    }

    /// <summary>A published one-variant product in <paramref name="categories"/> (slugs); returns the item and the product's slug.</summary>
    public static async Task<(Item Item, string Slug)> ProductInAsync(this CatalogAppFactory app, string name, long price, int stock, params string[] categories)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (product, errors) = await scope.ServiceProvider.GetRequiredService<ProductEditor>().SaveAsync(null, new ProductInput
        {
            Name = name, Sku = "P-" + Guid.NewGuid().ToString("n")[..10], Price = price, Stock = stock, Published = true, Categories = categories,
        }, CancellationToken.None);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Values));
        var variants = await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().GetPublishedProductVariantsAsync(product!.Id, CancellationToken.None);
        return (new Item(product.Id, Assert.Single(variants).VariantId), product.Slug);
    }

    public static Task<HttpResponseMessage> ApplyCodeAsync(this HttpClient api, string code) =>
        api.PostAsJsonAsync("/api/v1/cart/coupon", new { code });

    /// <summary>The message of a refused code (<c>errors.code</c>).</summary>
    public static async Task<string> RefusalAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(400, body.GetProperty("status").GetInt32());
        return body.GetProperty("errors").GetProperty("code")[0].GetString()!;
    }

    public static Task<Coupon> CouponRowAsync(this CatalogAppFactory app, int id) =>
        app.WithDbAsync(db => db.Set<Coupon>().AsNoTracking().SingleAsync(c => c.Id == id));

    public static DateTime Now(this CatalogAppFactory app) => app.Time.GetUtcNow().UtcDateTime;
}
