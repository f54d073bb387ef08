using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Catalog.Attributes;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Variants;
using Store.Core.Security;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Catalog;

/// <summary>
/// Translated content: a translator saves a product's, category's, attribute's and option's French text in the admin
/// on node A; French shoppers then read it on node B's lists, product page, search, suggestions, filters and API (and
/// options on the product page, the cart and the API; the cart line's product name too), falling back to the default text field by field, while English
/// shoppers still read English.
/// </summary>
public sealed class ContentTranslationTests(TwoCatalogNodes nodes) : IClassFixture<TwoCatalogNodes>
{
    private const string Password = "Role-pass-123";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    [Fact]
    public async Task A_translators_French_text_shows_on_every_French_page_of_the_other_node_with_fallback_field_by_field()
    {
        var translator = await TranslatorAsync("content-translator@test.local");
        var redMug = await IdAsync<Product>(p => p.Slug == "red-mug", p => p.Id);
        var blueMug = await IdAsync<Product>(p => p.Slug == "blue-mug", p => p.Id);
        var mugs = await IdAsync<Category>(c => c.Slug == "mugs", c => c.Id);
        var colour = await IdAsync<AttributeDefinition>(a => a.Slug == "colour", a => a.Id);

        await SaveAsync(translator, $"products/{redMug}", new() { ["Form.Name"] = "Tasse rouge", ["Form.Description"] = "Une tasse en gres **solide**." });
        await SaveAsync(translator, $"products/{blueMug}", new() { ["Form.Name"] = "Tasse bleue" });
        await SaveAsync(translator, $"categories/{mugs}", new() { ["Form.Name"] = "Tasses", ["Form.Description"] = "Pour le cafe du matin." });
        await SaveAsync(translator, $"attributes/{colour}", new()
        {
            ["Form.Name"] = "Couleur",
            ["Form.ChoiceValues[0]"] = "Red",
            ["Form.ChoiceTexts[0]"] = "Rouge",
            ["Form.ChoiceValues[1]"] = "Blue",
            ["Form.ChoiceTexts[1]"] = "",
        });

        // Node B: the API list, search by the French word, the facets (values stay the default ones in addresses).
        var b = nodes.B.Browser();
        var names = await Eventually.ValueAsync(
            async () => await b.NamesAsync("?culture=fr&q=tasse") is var found && found.Contains("Tasse rouge") ? found : null,
            "The French name never reached node B's list.", TimeSpan.FromSeconds(10));
        // The blue mug by its French name; a French category name lends its word to its products too (Tasses).
        Assert.Contains("Tasse bleue", names);
        Assert.DoesNotContain("Red Mug", names);
        var facet = (await b.ListAsync("?culture=fr&category=mugs")).GetProperty("facets").EnumerateArray().Single(f => f.GetProperty("key").GetString() == "attr.colour");
        Assert.Equal("Couleur", facet.GetProperty("name").GetString());
        var values = facet.GetProperty("values").EnumerateArray().ToDictionary(v => v.GetProperty("value").GetString()!, v => v.GetProperty("label").GetString());
        Assert.Equal("Rouge", values["Red"]);
        Assert.Equal("Blue", values["Blue"]);
        Assert.Contains("Red Mug", await b.NamesAsync("?culture=en&q=mug"));

        // The storefront's list, category page, product page (with its JSON-LD) and suggestions.
        var shop = await Eventually.ValueAsync(
            async () => await b.GetStringAsync("/categories/mugs?culture=fr") is var html && html.Contains("Tasses", StringComparison.Ordinal) ? html : null,
            "The French category never reached node B's category page.", TimeSpan.FromSeconds(10));
        foreach (var text in new[] { "Tasse rouge", "Tasse bleue", "Pour le cafe du matin.", "Couleur", "Rouge" })
        {
            Assert.Contains(text, shop, StringComparison.Ordinal);
        }

        var page = await b.GetStringAsync("/products/red-mug?culture=fr");
        Assert.Contains("<h1", page, StringComparison.Ordinal);
        Assert.Contains("Une tasse en gres <strong>solide</strong>.", page, StringComparison.Ordinal);
        Assert.Contains("\"name\": \"Tasse rouge\"", JsonLdOf(page), StringComparison.Ordinal);
        Assert.Contains(">Tasses<", page, StringComparison.Ordinal);
        var english = await b.GetStringAsync("/products/red-mug?culture=en");
        Assert.Contains("Red Mug", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Tasse rouge", english, StringComparison.Ordinal);
        var suggestions = await b.GetStringAsync("/api/v1/search/suggestions?q=tass&culture=fr");
        Assert.Contains("Tasse rouge", suggestions, StringComparison.Ordinal);
        Assert.Contains("Tasses", suggestions, StringComparison.Ordinal);

        // Field by field: the blue mug has a French name only, so its description is the default one.
        var blue = await (await b.GetAsync("/api/v1/products/blue-mug?culture=fr")).JsonAsync(HttpStatusCode.OK);
        var blueDefault = await (await b.GetAsync("/api/v1/products/blue-mug?culture=en")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Tasse bleue", blue.GetProperty("name").GetString());
        Assert.Equal("Blue Mug", blueDefault.GetProperty("name").GetString());
        Assert.Equal(blueDefault.GetProperty("descriptionHtml").GetString(), blue.GetProperty("descriptionHtml").GetString());
        var categories = await b.GetStringAsync("/api/v1/categories?culture=fr");
        Assert.Contains("\"Tasses\"", categories, StringComparison.Ordinal);
        Assert.Contains("\"Garden\"", categories, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translator_may_translate_but_not_edit_products_or_prices_and_bad_input_is_refused_with_a_message()
    {
        var translator = await TranslatorAsync("content-translator-2@test.local");
        var hose = await IdAsync<Product>(p => p.Slug == "garden-hose", p => p.Id);
        Assert.Equal(HttpStatusCode.OK, (await translator.GetAsync($"/admin/catalog/translations/products/{hose}")).StatusCode);
        foreach (var forbidden in new[] { $"/admin/catalog/products/{hose}", $"/admin/catalog/products/{hose}/prices", "/admin/catalog/products", "/admin/orders", "/admin/users" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync(forbidden)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync("/admin/catalog/translations/products/999999")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await nodes.A.Browser().GetAsync($"/admin/catalog/translations/products/{hose}")).StatusCode);

        var url = $"/admin/catalog/translations/products/{hose}";
        var tooLong = await translator.SubmitAsync(url, new Dictionary<string, string> { ["Form.Culture"] = "fr", ["Form.Name"] = new string('x', 201), ["Form.Version"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Use at most 200 characters.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var wrongCulture = await translator.SubmitAsync(url, new Dictionary<string, string> { ["Form.Culture"] = "de", ["Form.Name"] = "Gartenschlauch", ["Form.Version"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongCulture.StatusCode);
        Assert.Contains("is not one of the shop", WebUtility.HtmlDecode(await wrongCulture.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var noToken = await translator.PostFormAsync(url, new Dictionary<string, string> { ["Form.Culture"] = "fr", ["Form.Name"] = "Tuyau" }, token: null);
        Assert.Equal(HttpStatusCode.BadRequest, noToken.StatusCode);

        // A script in the description is dropped, as the product editor drops it; a stale form is refused.
        await SaveAsync(translator, $"products/{hose}", new() { ["Form.Name"] = "Tuyau", ["Form.Description"] = "Souple <script>alert(1)</script>" });
        var stale = await translator.SubmitAsync(url, new Dictionary<string, string> { ["Form.Culture"] = "fr", ["Form.Name"] = "Tuyau d'arrosage", ["Form.Version"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, stale.StatusCode);
        var page = await nodes.A.Browser().GetStringAsync("/products/garden-hose?culture=fr");
        Assert.Contains("Tuyau", page, StringComparison.Ordinal);
        Assert.DoesNotContain("arrosage", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Equal(["Garden Hose"], await nodes.A.Browser().NamesAsync("?culture=en&q=hose"));
    }

    [Fact]
    public async Task Option_names_and_values_read_in_French_on_the_product_page_the_cart_and_the_API_field_by_field()
    {
        var translator = await TranslatorAsync("option-translator@test.local");
        var tee = await VariantProducts.TeeAsync(nodes.A.Services, "OPT", stock: 3);
        var size = await IdAsync<ProductOption>(o => o.ProductId == tee.Id && o.Name == "Size", o => o.Id);
        var colour = await IdAsync<ProductOption>(o => o.ProductId == tee.Id && o.Name == "Colour", o => o.Id);

        // Colour: its name and Red in French, Blue left empty; Size: its name left empty, S in French.
        await SaveAsync(translator, $"options/{colour}", new()
        {
            ["Form.Name"] = "Couleur",
            ["Form.ChoiceValues[0]"] = "Red",
            ["Form.ChoiceTexts[0]"] = "Rouge",
            ["Form.ChoiceValues[1]"] = "Blue",
            ["Form.ChoiceTexts[1]"] = "",
        });
        await SaveAsync(translator, $"options/{size}", new() { ["Form.Name"] = "", ["Form.ChoiceValues[0]"] = "S", ["Form.ChoiceTexts[0]"] = "P" });
        await SaveAsync(translator, $"products/{tee.Id}", new() { ["Form.Name"] = "Maillot OPT" });

        var shopper = nodes.B.Browser();
        var page = WebUtility.HtmlDecode(await Eventually.ValueAsync(
            async () => await shopper.GetStringAsync("/products/opt-tee?culture=fr") is var html && html.Contains("Couleur", StringComparison.Ordinal) ? html : null,
            "The French option never reached node B's product page.", TimeSpan.FromSeconds(10)));
        Assert.Contains("<legend>Couleur</legend>", page, StringComparison.Ordinal);
        Assert.Contains("<legend>Size</legend>", page, StringComparison.Ordinal);
        // The buttons read French and keep the default value the script matches variants on.
        Assert.Matches("data-value=\"Red\"[^>]*>Rouge</button>", page);
        Assert.Matches("data-value=\"Blue\"[^>]*>Blue</button>", page);
        Assert.Matches("data-value=\"S\"[^>]*>P</button>", page);
        Assert.Contains(">P / Rouge — ", page, StringComparison.Ordinal);
        Assert.Contains("\"color\": \"Rouge\"", JsonLdOf(page), StringComparison.Ordinal);
        var english = await shopper.GetStringAsync("/products/opt-tee?culture=en");
        Assert.Contains("<legend>Colour</legend>", english, StringComparison.Ordinal);
        Assert.Contains(">S / Red — ", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Rouge", english, StringComparison.Ordinal);

        var api = await (await shopper.GetAsync($"/api/v1/products/{tee.Id}?culture=fr")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["Size", "Couleur"], api.GetProperty("options").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(["Rouge", "Blue"], api.GetProperty("options")[1].GetProperty("values").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal(["P", "Rouge"], api.GetProperty("variants")[0].GetProperty("options").EnumerateArray().Select(v => v.GetString()));
        var apiEnglish = await (await shopper.GetAsync($"/api/v1/products/{tee.Id}?culture=en")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(["S", "Red"], apiEnglish.GetProperty("variants")[0].GetProperty("options").EnumerateArray().Select(v => v.GetString()));

        var smallRed = apiEnglish.GetProperty("variants")[0].GetProperty("id").GetInt32();
        Assert.Equal(HttpStatusCode.Redirect, (await shopper.PostCartFormAsync("/cart/add", new Dictionary<string, string> { ["variantId"] = smallRed.ToString(System.Globalization.CultureInfo.InvariantCulture), ["quantity"] = "1" })).StatusCode);
        var cart = WebUtility.HtmlDecode(await shopper.GetStringAsync("/cart?culture=fr"));
        Assert.Contains("Size: P, Couleur: Rouge", cart, StringComparison.Ordinal);
        Assert.Contains("Maillot OPT", cart, StringComparison.Ordinal);
        Assert.DoesNotContain("OPT tee", cart, StringComparison.Ordinal);
        var cartEnglish = WebUtility.HtmlDecode(await shopper.GetStringAsync("/cart?culture=en"));
        Assert.Contains("Size: S, Colour: Red", cartEnglish, StringComparison.Ordinal);
        Assert.Contains("OPT tee", cartEnglish, StringComparison.Ordinal);
        Assert.DoesNotContain("Maillot", cartEnglish, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translator_may_translate_a_products_options_but_not_edit_the_product_and_a_value_not_of_the_option_is_refused()
    {
        var translator = await TranslatorAsync("option-translator-2@test.local");
        var tee = await VariantProducts.TeeAsync(nodes.A.Services, "OPT2", stock: 1);
        var colour = await IdAsync<ProductOption>(o => o.ProductId == tee.Id && o.Name == "Colour", o => o.Id);

        var product = await translator.GetStringAsync($"/admin/catalog/translations/products/{tee.Id}");
        Assert.Contains($"href=\"/admin/catalog/translations/options/{colour}\"", product, StringComparison.Ordinal);
        var url = $"/admin/catalog/translations/options/{colour}";
        var form = await translator.GetStringAsync(url);
        Assert.Contains($"href=\"/admin/catalog/translations/products/{tee.Id}\"", form, StringComparison.Ordinal);
        foreach (var forbidden in new[] { $"/admin/catalog/products/{tee.Id}", $"/admin/catalog/products/{tee.Id}/prices" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync(forbidden)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await translator.GetAsync("/admin/catalog/translations/options/999999")).StatusCode);
        var notAValue = await translator.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Form.Culture"] = "fr",
            ["Form.Version"] = "0",
            ["Form.ChoiceValues[0]"] = "Green",
            ["Form.ChoiceTexts[0]"] = "Vert",
        });
        Assert.Equal(HttpStatusCode.BadRequest, notAValue.StatusCode);
        Assert.Contains("'Green' is not a value of this option.", WebUtility.HtmlDecode(await notAValue.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var tooLong = await translator.SubmitAsync(url, new Dictionary<string, string> { ["Form.Culture"] = "fr", ["Form.Name"] = new string('x', 51), ["Form.Version"] = "0" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("Use at most 50 characters.", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string JsonLdOf(string html)
    {
        var start = html.IndexOf("application/ld+json", StringComparison.Ordinal);
        Assert.True(start >= 0, "The page has no JSON-LD.");
        var json = html[(html.IndexOf('>', start) + 1)..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        return JsonSerializer.Serialize(JsonDocument.Parse(json).RootElement, Indented);
    }

    private static async Task SaveAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var url = "/admin/catalog/translations/" + path;
        var form = await client.GetStringAsync(url);
        var version = System.Text.RegularExpressions.Regex.Match(form, "id=\"culture-fr\"[\\s\\S]*?name=\"Form.Version\" value=\"(\\d+)\"").Groups[1].Value;
        var response = await client.SubmitAsync(url, new Dictionary<string, string>(fields) { ["Form.Culture"] = "fr", ["Form.Version"] = version });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private Task<int> IdAsync<T>(System.Linq.Expressions.Expression<Func<T, bool>> where, System.Linq.Expressions.Expression<Func<T, int>> id)
        where T : class =>
        nodes.A.WithDbAsync(db => db.Set<T>().Where(where).Select(id).SingleAsync());

    private async Task<HttpClient> TranslatorAsync(string email)
    {
        await using (var scope = nodes.A.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
            var user = new User { UserName = email, Email = email, EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, StoreRoles.Translator)).Succeeded);
        }

        return await nodes.A.SignedInAdminAsync(email, Password);
    }
}
