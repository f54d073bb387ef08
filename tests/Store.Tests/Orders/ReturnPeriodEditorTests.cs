using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Fulfilment;

namespace Store.Tests.Orders;

/// <summary>The return period in the category and product editors and the catalog API, and the return rule reading it.</summary>
public sealed class ReturnPeriodEditorTests(ShopAppFactory app) : IClassFixture<ShopAppFactory>
{
    private const string Message = "Enter a return period from 0 to 365 days (0: not returnable), or leave it empty to use the category&#x27;s or the shop&#x27;s.";

    [Fact]
    public async Task A_category_and_a_product_take_a_period_in_the_editors_and_a_delivered_order_follows_it()
    {
        var admin = await app.SignedInAdminAsync();
        var slug = "returns-" + Guid.NewGuid().ToString("n")[..8];
        foreach (var wrong in new[] { "400", "-1", "soon" })
        {
            var refused = await SaveCategoryAsync(admin, slug, wrong);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains(Message, await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await app.WithDbAsync(db => db.Set<Category>().CountAsync(c => c.Slug == slug)));
        Assert.Equal(HttpStatusCode.Redirect, (await SaveCategoryAsync(admin, slug, "5")).StatusCode);
        var category = await app.WithDbAsync(db => db.Set<Category>().SingleAsync(c => c.Slug == slug));
        Assert.Equal(5, category.ReturnDays);
        Assert.Contains("name=\"Form.ReturnDays\" value=\"5\"", await admin.GetStringAsync($"/admin/catalog/categories?edit={category.Id}"), StringComparison.Ordinal);

        // A product left empty inherits the category's 5 days.
        var name = "Period Editor Vase " + Guid.NewGuid().ToString("n")[..6];
        var fields = ProductFields(name, slug, "");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/catalog/products/new", fields)).StatusCode);
        var productId = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Name == name).Select(p => p.Id).SingleAsync());
        Assert.Null(await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == productId).Select(p => p.ReturnDays).SingleAsync()));
        var order = await DeliveredOrderAsync(productId);
        var line = await ReturnableAsync(order);
        Assert.Equal((1, (string?)null), line);

        // Then the product says "not returnable": its own 0 wins over the category's 5.
        var edit = $"/admin/catalog/products/{productId}";
        var tooLong = await admin.SubmitAsync(edit, ProductFields(name, slug, "366"));
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains(Message, await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(edit, ProductFields(name, slug, "0"))).StatusCode);
        Assert.Contains("name=\"Form.ReturnDays\" value=\"0\"", await admin.GetStringAsync(edit), StringComparison.Ordinal);
        Assert.Equal((0, "This item cannot be returned."), await ReturnableAsync(order));
    }

    [Fact]
    public async Task The_catalog_api_reads_and_writes_the_period_and_refuses_one_out_of_range()
    {
        var api = await app.ApiAdminAsync();
        var slug = "api-returns-" + Guid.NewGuid().ToString("n")[..8];
        var badCategory = await api.PostAsJsonAsync("/api/v1/categories", new { name = "Api returns", slug, returnDays = 400 });
        Assert.Equal(HttpStatusCode.BadRequest, badCategory.StatusCode);
        Assert.Contains("from 0 to 365 days", await badCategory.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var category = await (await api.PostAsJsonAsync("/api/v1/categories", new { name = "Api returns", slug, returnDays = 30 })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(30, category.GetProperty("returnDays").GetInt32());

        var sku = "RET-" + Guid.NewGuid().ToString("n")[..8];
        var badProduct = await api.PostAsJsonAsync("/api/v1/products", new { name = "Api Return Bowl", sku, price = 1500, stock = 3, published = true, categories = new[] { slug }, returnDays = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, badProduct.StatusCode);
        Assert.Contains("from 0 to 365 days", await badProduct.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await app.WithDbAsync(db => db.Set<ProductVariant>().CountAsync(v => v.Sku == sku)));
        var product = await (await api.PostAsJsonAsync("/api/v1/products", new { name = "Api Return Bowl", sku, price = 1500, stock = 3, published = true, categories = new[] { slug }, returnDays = 7 })).OkJsonAsync(HttpStatusCode.Created);
        Assert.Equal(7, product.GetProperty("returnDays").GetInt32());
        var id = product.GetProperty("id").GetInt32();
        Assert.Equal(7, (await (await api.GetAsync($"/api/v1/products/{id}")).OkJsonAsync()).GetProperty("returnDays").GetInt32());
    }

    private static Task<HttpResponseMessage> SaveCategoryAsync(HttpClient admin, string slug, string days) =>
        admin.SubmitAsync("/admin/catalog/categories", new Dictionary<string, string>
        {
            ["Form.Name"] = "Short returns",
            ["Form.Slug"] = slug,
            ["Form.ReturnDays"] = days,
        }, "/admin/catalog/categories?handler=Save");

    private static Dictionary<string, string> ProductFields(string name, string category, string days) => new()
    {
        ["Form.Name"] = name,
        ["Form.Sku"] = "PEV-" + name[^6..],
        ["Form.Price"] = "20.00",
        ["Form.Stock"] = "10",
        ["Form.StockShown"] = "10",
        ["Form.Categories"] = category,
        ["Form.ReturnDays"] = days,
        ["submit"] = "publish",
    };

    // A customer's order of the product, paid, shipped and delivered.
    private async Task<PlacedOrder> DeliveredOrderAsync(int productId)
    {
        var (email, api) = await app.ApiShopperAsync();
        var variantId = await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == productId).Select(v => v.Id).SingleAsync());
        await (await api.AddAsync(new Item(productId, variantId), 1)).OkJsonAsync();
        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;
        await app.PayAsync(number);
        var lineId = await app.WithOrdersAsync(q => q.Where(o => o.Number == number).SelectMany(o => o.Lines).Select(l => l.Id).SingleAsync());
        var staff = await app.ApiAdminAsync();
        await (await staff.ShipAsync(number, new { lines = new[] { new { lineId, quantity = 1 } }, carrier = "UPS", trackingNumber = "1Z" + number })).OkJsonAsync(HttpStatusCode.Created);
        await (await staff.PostAsync($"/api/v1/admin/orders/{number}/shipments/1/delivered", null)).OkJsonAsync();
        return new PlacedOrder(number, email, api, [lineId]);
    }

    private static async Task<(int Returnable, string? WhyNot)> ReturnableAsync(PlacedOrder order)
    {
        var line = (await (await order.Api.GetAsync($"/api/v1/orders/{order.Number}/returns")).OkJsonAsync()).GetProperty("returnable")[0];
        return (line.GetProperty("returnable").GetInt32(), line.GetProperty("whyNot").GetString());
    }
}
