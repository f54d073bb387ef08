using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// Two merchandisers (or API clients) editing the same product, category or attribute: the later save over a
/// newer change is refused with a message and the merchandiser's input kept; the API answers 412 to a stale
/// If-Match; two saves racing from the same version give exactly one success.
/// </summary>
public sealed class EditConflictTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private static object Product(string name, string sku) => new { name, sku, price = 1500, stock = 5, published = true, categories = new[] { "kitchen" } };

    private async Task<int> CreateProductAsync(HttpClient api, string name, string sku)
    {
        var created = await api.PostAsJsonAsync("/api/v1/products", Product(name, sku));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
    }

    private static async Task<(string Token, string Version)> OpenAsync(HttpClient client, string url, string versionField)
    {
        var html = await client.GetStringAsync(url);
        var version = Regex.Match(html, $"name=\"{Regex.Escape(versionField)}\" value=\"([0-9]+)\"");
        Assert.True(version.Success, $"no {versionField} in {url}");
        return (FormPost.TokenOf(html)!, version.Groups[1].Value);
    }

    private static Dictionary<string, string> ProductFields(string version, string name, string sku) => new()
    {
        ["Form.Version"] = version,
        ["Form.Name"] = name,
        ["Form.Sku"] = sku,
        ["Form.Price"] = "15.00",
        ["Form.Stock"] = "5",
        ["Form.StockShown"] = "5",
        ["Form.Categories"] = "kitchen",
        ["submit"] = "publish",
    };

    [Fact]
    public async Task The_second_of_two_product_editors_is_refused_and_keeps_what_they_typed()
    {
        var id = await CreateProductAsync(await app.ApiAdminAsync(), "Conflict Teapot", "CONF-1");
        var url = $"/admin/catalog/products/{id}";
        var first = await app.SignedInAdminAsync();
        var second = await app.SignedInAdminAsync();
        var (firstToken, firstVersion) = await OpenAsync(first, url, "Form.Version");
        var (secondToken, secondVersion) = await OpenAsync(second, url, "Form.Version");

        var saved = await first.PostFormAsync(url, ProductFields(firstVersion, "Teapot by the first", "CONF-1"), firstToken);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var refused = await second.PostFormAsync(url, ProductFields(secondVersion, "Teapot by the second", "CONF-1"), secondToken);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("This product was changed by someone else since you opened it.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Teapot by the second\"", page, StringComparison.Ordinal);
        Assert.Equal("Teapot by the first", await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));

        // The refused form now carries the current version: saving it again is a knowing overwrite.
        var again = await second.PostFormAsync(url, ProductFields(Regex.Match(page, "name=\"Form.Version\" value=\"([0-9]+)\"").Groups[1].Value, "Teapot by the second", "CONF-1"), FormPost.TokenOf(page));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Teapot by the second", await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task The_second_of_two_category_editors_is_refused_and_keeps_what_they_typed()
    {
        var id = await app.WithDbAsync(db => db.Set<Category>().Where(c => c.Slug == "garden").Select(c => c.Id).SingleAsync());
        var page = await SecondEditorRefusedAsync($"/admin/catalog/categories?edit={id}", $"/admin/catalog/categories?handler=Save&edit={id}", "Form.Version", (version, description) => new()
        {
            ["Form.Version"] = version,
            ["Form.Name"] = "Garden",
            ["Form.Slug"] = "garden",
            ["Form.Description"] = description,
            ["Form.SortOrder"] = "1",
        }, "Grow things.", "Plant things.");

        Assert.Contains("This category was changed by someone else since you opened it.", page, StringComparison.Ordinal);
        Assert.Contains(">Plant things.</textarea>", page, StringComparison.Ordinal);
        Assert.Equal("Grow things.", await app.WithDbAsync(db => db.Set<Category>().Where(c => c.Id == id).Select(c => c.Description).SingleAsync()));
    }

    [Fact]
    public async Task The_second_of_two_attribute_editors_is_refused_and_keeps_what_they_typed()
    {
        var id = await app.WithDbAsync(db => db.Set<AttributeDefinition>().Where(a => a.Slug == "capacity").Select(a => a.Id).SingleAsync());
        var page = await SecondEditorRefusedAsync($"/admin/catalog/attributes?edit={id}", $"/admin/catalog/attributes?handler=Save&edit={id}", "Version", (version, name) => new()
        {
            ["Version"] = version,
            ["Name"] = name,
            ["Slug"] = "capacity",
            ["Type"] = nameof(AttributeType.Number),
            ["SortOrder"] = "3",
        }, "Capacity (ml)", "Volume");

        Assert.Contains("This attribute was changed by someone else since you opened it.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Volume\"", page, StringComparison.Ordinal);
        Assert.Equal("Capacity (ml)", await app.WithDbAsync(db => db.Set<AttributeDefinition>().Where(a => a.Id == id).Select(a => a.Name).SingleAsync()));
    }

    // Two admins open the same form; the first saves, the second's save answers 409: its page, decoded.
    private async Task<string> SecondEditorRefusedAsync(string url, string post, string versionField, Func<string, string, Dictionary<string, string>> fields, string firstValue, string secondValue)
    {
        var first = await app.SignedInAdminAsync();
        var second = await app.SignedInAdminAsync();
        var (firstToken, firstVersion) = await OpenAsync(first, url, versionField);
        var (secondToken, secondVersion) = await OpenAsync(second, url, versionField);

        Assert.Equal(HttpStatusCode.Redirect, (await first.PostFormAsync(post, fields(firstVersion, firstValue), firstToken)).StatusCode);
        var refused = await second.PostFormAsync(post, fields(secondVersion, secondValue), secondToken);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        return WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_product_api_sends_an_etag_and_refuses_a_stale_if_match_with_412()
    {
        var api = await app.ApiAdminAsync();
        var id = await CreateProductAsync(api, "Etag Kettle", "ETAG-1");
        var read = await api.GetAsync($"/api/v1/products/{id}");
        var etag = read.Headers.ETag;
        Assert.NotNull(etag);
        Assert.False(etag.IsWeak);

        // Someone else saves (no If-Match: saves over any version, as before versions existed).
        var other = await api.PutAsJsonAsync($"/api/v1/products/{id}", Product("Kettle by another", "ETAG-1"));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.NotEqual(etag, other.Headers.ETag);

        var stale = await SendAsync(api, HttpMethod.Put, $"/api/v1/products/{id}", etag.Tag, Product("Kettle by me", "ETAG-1"));
        Assert.Equal(HttpStatusCode.PreconditionFailed, stale.StatusCode);
        Assert.Equal("application/problem+json", stale.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await stale.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(412, problem.GetProperty("status").GetInt32());
        Assert.Contains("This product was changed by someone else", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(api, HttpMethod.Post, $"/api/v1/products/{id}/unpublish", etag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(api, HttpMethod.Delete, $"/api/v1/products/{id}", etag.Tag)).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(api, HttpMethod.Put, $"/api/v1/products/{id}", "W/" + other.Headers.ETag!.Tag, Product("Weak", "ETAG-1"))).StatusCode);
        Assert.Equal("Kettle by another", await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == id).Select(p => p.Name).SingleAsync()));

        var fresh = await SendAsync(api, HttpMethod.Put, $"/api/v1/products/{id}", other.Headers.ETag!.Tag, Product("Kettle by me", "ETAG-1"));
        Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);
        var unpublished = await SendAsync(api, HttpMethod.Post, $"/api/v1/products/{id}/unpublish", fresh.Headers.ETag!.Tag);
        Assert.Equal(HttpStatusCode.NoContent, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, $"/api/v1/products/{id}", unpublished.Headers.ETag!.Tag)).StatusCode);
        Assert.False(await app.WithDbAsync(db => db.Set<Product>().AnyAsync(p => p.Id == id)));
    }

    [Fact]
    public async Task The_category_api_sends_an_etag_and_refuses_a_stale_if_match_with_412()
    {
        var api = await app.ApiAdminAsync();
        var created = await api.PostAsJsonAsync("/api/v1/categories", new { name = "Etag Shelf" });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var etag = (await api.GetAsync($"/api/v1/categories/{id}")).Headers.ETag!.Tag;
        Assert.Equal(created.Headers.ETag!.Tag, etag);

        var other = await SendAsync(api, HttpMethod.Put, $"/api/v1/categories/{id}", etag, new { name = "Shelf by another" });
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(api, HttpMethod.Put, $"/api/v1/categories/{id}", etag, new { name = "Shelf by me" })).StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, (await SendAsync(api, HttpMethod.Delete, $"/api/v1/categories/{id}", etag)).StatusCode);
        Assert.Equal("Shelf by another", await app.WithDbAsync(db => db.Set<Category>().Where(c => c.Id == id).Select(c => c.Name).SingleAsync()));
        Assert.Equal(HttpStatusCode.NoContent, (await SendAsync(api, HttpMethod.Delete, $"/api/v1/categories/{id}", other.Headers.ETag!.Tag)).StatusCode);
    }

    [Fact]
    public async Task Two_saves_racing_from_the_same_version_give_exactly_one_success()
    {
        var api = await app.ApiAdminAsync();
        for (var round = 0; round < 5; round++)
        {
            var id = await CreateProductAsync(api, $"Race Jug {round}", $"RACE-{round}");
            var etag = (await api.GetAsync($"/api/v1/products/{id}")).Headers.ETag!.Tag;
            var answers = await Task.WhenAll(
                SendAsync(api, HttpMethod.Put, $"/api/v1/products/{id}", etag, Product($"Jug A {round}", $"RACE-{round}")),
                SendAsync(api, HttpMethod.Put, $"/api/v1/products/{id}", etag, Product($"Jug B {round}", $"RACE-{round}")));

            var codes = answers.Select(a => a.StatusCode).OrderBy(c => c).ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], codes);
            var winner = answers.Single(a => a.StatusCode == HttpStatusCode.OK);
            var winnerName = JsonDocument.Parse(await winner.Content.ReadAsStringAsync()).RootElement.GetProperty("name").GetString();
            var stored = await app.WithDbAsync(db => db.Set<Product>().Where(p => p.Id == id).Select(p => new { p.Name, p.Version }).SingleAsync());
            Assert.Equal(winnerName, stored.Name);
            Assert.Equal(winner.Headers.ETag!.Tag, $"\"{stored.Version}\"");
        }
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string url, string ifMatch, object? body = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return client.SendAsync(request);
    }
}
