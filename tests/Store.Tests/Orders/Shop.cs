using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Orders.Orders;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;

namespace Store.Tests.Orders;

/// <summary>A product to buy: its product id and the variant a cart line names.</summary>
public sealed record Item(int ProductId, int VariantId);

/// <summary>Shared steps of the cart and order tests: make products and shoppers, fill carts, place orders.</summary>
internal static class Shop
{
    public static readonly object Address = new { fullName = "Ada Buyer", line1 = "1 Main Street", city = "Lyon", postalCode = "69001", country = "FR" };

    /// <summary>A published product with one variant.</summary>
    public static async Task<Item> ProductAsync(this CatalogAppFactory app, string name, long price, int stock)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var editor = scope.ServiceProvider.GetRequiredService<ProductEditor>();
        var (product, errors) = await editor.SaveAsync(null, new ProductInput { Name = name, Sku = "T-" + Guid.NewGuid().ToString("n")[..10], Price = price, Stock = stock, Published = true }, CancellationToken.None);
        Assert.True(errors.Count == 0, string.Join("; ", errors.Values));
        var variants = await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().GetPublishedProductVariantsAsync(product!.Id, CancellationToken.None);
        return new Item(product.Id, Assert.Single(variants).VariantId);
    }

    public static async Task<int> StockOfAsync(this CatalogAppFactory app, Item item)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var variants = await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().GetPublishedVariantsAsync([item.VariantId], CancellationToken.None);
        return Assert.Single(variants).Stock;
    }

    public static Task SetPriceAsync(this CatalogAppFactory app, Item item, long price) =>
        app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Id == item.VariantId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Price, price)));

    public static Task SetStockAsync(this CatalogAppFactory app, Item item, int stock) =>
        app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.Id == item.VariantId).ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, stock)));

    public static Task UnpublishAsync(this CatalogAppFactory app, Item item) =>
        app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == item.ProductId).ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, ProductStatus.Draft)));

    /// <summary>A confirmed customer and a bearer client for the API.</summary>
    public static async Task<(string Email, HttpClient Api)> ApiShopperAsync(this CatalogAppFactory app)
    {
        var email = Store.Tests.Accounts.Accounts.NewEmail();
        await app.CreateCustomerAsync(email);
        var (access, _) = await app.CreateClient().TokensAsync(email);
        return (email, app.Bearer(access));
    }

    public static async Task<HttpResponseMessage> AddAsync(this HttpClient api, Item item, int quantity) =>
        await api.PostAsJsonAsync("/api/v1/cart/items", new { variantId = item.VariantId, quantity });

    public static async Task<HttpResponseMessage> PlaceAsync(this HttpClient api, string? key = null, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/orders") { Content = JsonContent.Create(body ?? new { address = Address }) };
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString("n"));
        return await api.SendAsync(request);
    }

    /// <summary>Posts a cart form the way the product page does with script off: no token, the browser's Origin header.</summary>
    public static Task<HttpResponseMessage> PostCartFormAsync(this HttpClient browser, string path, IDictionary<string, string> fields, string origin = "http://localhost")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("Origin", origin);
        return browser.SendAsync(request);
    }

    public static async Task<int> CartCountAsync(this HttpClient browser)
    {
        var session = await browser.GetFromJsonAsync<JsonElement>("/session");
        return session.GetProperty("cartCount").GetInt32();
    }

    public static Task<T> WithOrdersAsync<T>(this CatalogAppFactory app, Func<IQueryable<Order>, Task<T>> query) =>
        app.WithDbAsync(db => query(db.Set<Order>().AsNoTracking()));

    public static async Task<JsonElement> OkJsonAsync(this HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }
}
