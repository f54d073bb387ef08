using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>The admin's catalog pages: create with an image and publish, field messages, bulk actions, preview, categories, attributes.</summary>
public sealed class MerchandiserEditorTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(300, 200);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Orange);
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Jpeg, 80).ToArray();
    }

    private static async Task<HttpResponseMessage> PostMultipartAsync(HttpClient client, string url, IDictionary<string, string> fields, (byte[] Bytes, string Name)? file = null)
    {
        var token = FormPost.TokenOf(await client.GetStringAsync(url));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token!), "__RequestVerificationToken");
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        if (file is { } f)
        {
            var content = new ByteArrayContent(f.Bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(content, "Form.Uploads", f.Name);
        }

        return await client.PostAsync(url, form);
    }

    [Fact]
    public async Task Merchandiser_creates_a_product_with_an_image_publishes_it_and_shoppers_see_it()
    {
        var admin = await app.SignedInAdminAsync();
        var saved = await PostMultipartAsync(admin, "/admin/catalog/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "Walnut Serving Board",
            ["Form.Sku"] = "WSB-1",
            ["Form.Price"] = "39.90",
            ["Form.Stock"] = "12",
            ["Form.Description"] = "Oiled **walnut**.",
            ["Form.Categories"] = "kitchen",
            ["Form.Attributes[colour]"] = "Green",
            ["submit"] = "draft",
        }, (Jpeg(), "board.jpg"));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var editUrl = saved.Headers.Location!.OriginalString;
        var editor = await admin.GetStringAsync(editUrl);
        Assert.Contains("Saved as a draft.", editor, StringComparison.Ordinal);
        Assert.Matches("/media/thumb/[0-9a-f]{32}\\.jpg", editor);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/products/walnut-serving-board")).StatusCode);

        var id = editUrl.Split('/')[^1];
        var preview = await admin.GetAsync($"/admin/catalog/products/{id}/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Contains("Preview of a draft", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await app.Browser().GetAsync($"/admin/catalog/products/{id}/preview")).StatusCode);

        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Walnut Serving Board",
            ["Form.Slug"] = "walnut-serving-board",
            ["Form.Description"] = "Oiled **walnut**.",
            ["Form.Sku"] = "WSB-1",
            ["Form.Price"] = "39.90",
            ["Form.Stock"] = "12",
            ["Form.Categories"] = "kitchen",
            ["Form.Attributes[colour]"] = "Green",
            ["submit"] = "publish",
        };
        var key = System.Text.RegularExpressions.Regex.Match(editor, "name=\"Form.Images\\[0\\].Key\" value=\"([^\"]+)\"").Groups[1].Value;
        fields["Form.Images[0].Key"] = key;
        fields["Form.Images[0].Alt"] = "The board on a table";
        fields["Form.Images[0].Position"] = "1";
        Assert.Equal(HttpStatusCode.Redirect, (await PostMultipartAsync(admin, editUrl, fields)).StatusCode);

        var page = await app.Browser().GetStringAsync("/products/walnut-serving-board");
        Assert.Contains("<h1>Walnut Serving Board</h1>", page, StringComparison.Ordinal);
        Assert.Contains("alt=\"The board on a table\"", page, StringComparison.Ordinal);
        Assert.Contains("<strong>walnut</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Walnut Serving Board", await app.Browser().GetStringAsync("/categories/kitchen?attr.colour=Green"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_the_editor_without_touching_stock_keeps_what_orders_held_while_it_was_open()
    {
        var admin = await app.SignedInAdminAsync();
        var created = await (await app.ApiAdminAsync()).PostAsJsonAsync("/api/v1/products", new { name = "Stock Kettle", sku = "STK-1", price = 1800, stock = 6, published = true });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.Content.ReadFromJsonAsync<ProductResponse>())!.Id;
        var editUrl = $"/admin/catalog/products/{id}";
        Assert.Contains("name=\"Form.StockShown\" value=\"6\"", await admin.GetStringAsync(editUrl), StringComparison.Ordinal);

        // A shopper's order holds 2 while the merchandiser only renames the product.
        await using (var scope = app.Services.CreateAsyncScope())
        {
            Assert.True(await scope.ServiceProvider.GetRequiredService<ICatalogProducts>().TryReserveAsync([new StockLine(await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == id).Select(v => v.Id).SingleAsync()), 2)], CancellationToken.None));
        }

        var fields = new Dictionary<string, string>
        {
            ["Form.Name"] = "Stock Kettle Plus",
            ["Form.Sku"] = "STK-1",
            ["Form.Price"] = "18.00",
            ["Form.Stock"] = "6",
            ["Form.StockShown"] = "6",
            ["submit"] = "publish",
        };
        Assert.Equal(HttpStatusCode.Redirect, (await PostMultipartAsync(admin, editUrl, fields)).StatusCode);
        Assert.Equal(4, await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == id).Select(v => v.Stock).SingleAsync()));

        // A stock the merchandiser typed is taken as typed.
        fields["Form.Stock"] = "20";
        fields["Form.StockShown"] = "4";
        Assert.Equal(HttpStatusCode.Redirect, (await PostMultipartAsync(admin, editUrl, fields)).StatusCode);
        Assert.Equal(20, await app.WithDbAsync(db => db.Set<ProductVariant>().Where(v => v.ProductId == id).Select(v => v.Stock).SingleAsync()));
    }

    [Fact]
    public async Task Wrong_fields_are_shown_beside_each_field_and_nothing_is_saved()
    {
        var admin = await app.SignedInAdminAsync();
        var before = await app.WithDbAsync(db => db.Set<Product>().CountAsync());
        var response = await PostMultipartAsync(admin, "/admin/catalog/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "",
            ["Form.Sku"] = "M1",
            ["Form.Price"] = "ten",
            ["Form.Stock"] = "-3",
            ["Form.Attributes[capacity]"] = "big",
            ["submit"] = "publish",
        }, (System.Text.Encoding.UTF8.GetBytes("<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>"), "logo.svg"));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was saved", html, StringComparison.Ordinal);
        Assert.Contains("logo.svg: SVG images are not accepted", html, StringComparison.Ordinal);
        Assert.Contains("Enter an amount such as 25 or 25.50.", html, StringComparison.Ordinal);
        Assert.Contains("value=\"-3\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<Product>().CountAsync()));

        var again = await PostMultipartAsync(admin, "/admin/catalog/products/new", new Dictionary<string, string>
        {
            ["Form.Name"] = "",
            ["Form.Sku"] = "M1",
            ["Form.Price"] = "10",
            ["Form.Stock"] = "-3",
            ["Form.Attributes[capacity]"] = "big",
        });
        var second = await again.Content.ReadAsStringAsync();
        Assert.Contains("Enter the product&#x27;s name.", second, StringComparison.Ordinal);
        Assert.Contains("already used by", second, StringComparison.Ordinal);
        Assert.Contains("Enter a stock quantity of zero or more.", second, StringComparison.Ordinal);
        Assert.Contains("Capacity must be a number", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bulk_unpublish_hides_products_from_shoppers_and_bulk_publish_brings_them_back()
    {
        var admin = await app.SignedInAdminAsync();
        var list = await admin.GetStringAsync("/admin/catalog/products?q=garden");
        var ids = System.Text.RegularExpressions.Regex.Matches(list, "name=\"ids\" value=\"(\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Single(ids);

        var form = new List<KeyValuePair<string, string>> { new("operation", "unpublish"), new("__RequestVerificationToken", FormPost.TokenOf(list)!) };
        form.AddRange(ids.Select(id => new KeyValuePair<string, string>("ids", id)));
        var done = await admin.PostAsync("/admin/catalog/products?handler=Bulk", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await app.Browser().GetAsync("/products/garden-hose")).StatusCode);
        Assert.Contains("Moved 1 product(s) back to draft.", await admin.GetStringAsync(done.Headers.Location!.OriginalString), StringComparison.Ordinal);

        form[0] = new("operation", "publish");
        await admin.PostAsync("/admin/catalog/products?handler=Bulk", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/products/garden-hose")).StatusCode);
    }

    [Fact]
    public async Task Categories_and_attributes_are_managed_from_the_admin()
    {
        var admin = await app.SignedInAdminAsync();
        var category = await admin.SubmitAsync("/admin/catalog/categories", new Dictionary<string, string>
        {
            ["Form.Name"] = "Teapots",
            ["Form.Parent"] = "kitchen",
            ["Form.Description"] = "Pots for tea.",
        }, "/admin/catalog/categories?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, category.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/categories/teapots")).StatusCode);
        Assert.Contains("href=\"/categories/teapots\"", await app.Browser().GetStringAsync("/categories/kitchen"), StringComparison.Ordinal);

        var badAttribute = await admin.SubmitAsync("/admin/catalog/attributes", new Dictionary<string, string>
        {
            ["Name"] = "Finish",
            ["Type"] = "Choice",
            ["Choices"] = "",
        }, "/admin/catalog/attributes?handler=Save");
        Assert.Equal(HttpStatusCode.BadRequest, badAttribute.StatusCode);
        Assert.Contains("A choice list needs at least one choice", await badAttribute.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var attribute = await admin.SubmitAsync("/admin/catalog/attributes", new Dictionary<string, string>
        {
            ["Name"] = "Finish",
            ["Type"] = "Choice",
            ["Choices"] = "Matte\nGloss",
        }, "/admin/catalog/attributes?handler=Save");
        Assert.Equal(HttpStatusCode.Redirect, attribute.StatusCode);
        Assert.Contains("Matte, Gloss", await admin.GetStringAsync("/admin/catalog/attributes"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalog_admin_pages_need_a_signed_in_merchandiser()
    {
        var response = await app.Browser().GetAsync("/admin/catalog/products");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
