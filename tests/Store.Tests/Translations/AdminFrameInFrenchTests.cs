using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Translations;

/// <summary>The admin in the reader's language: its frame, the modules' menu titles, the pages, prices and messages.</summary>
public sealed class AdminFrameInFrenchTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task An_admin_reading_French_gets_the_navigation_the_dashboard_and_the_product_list_in_French()
    {
        var api = await app.ApiAdminAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.PostAsJsonAsync("/api/v1/products", new { name = "Bol en grès", sku = "BOL-FR-1", price = 1250, stock = 3 })).StatusCode);
        var admin = await app.SignedInAdminAsync();

        // Razor writes accented letters as character references: read the page as a browser shows it.
        var dashboard = await PageAsync(admin, "/admin?culture=fr");
        Assert.Contains("<html lang=\"fr\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("<h1>Tableau de bord</h1>", dashboard, StringComparison.Ordinal);
        Assert.Contains("Voir la boutique", dashboard, StringComparison.Ordinal);
        Assert.Contains("Se déconnecter", dashboard, StringComparison.Ordinal);
        // Titles and groups that every module registers in English, here in French: Catalog's, Content's, Orders'.
        Assert.Contains("<h2>Catalogue</h2>", dashboard, StringComparison.Ordinal);
        Assert.Contains(">Produits</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains(">Redirections</a>", dashboard, StringComparison.Ordinal);
        Assert.Contains(">Commandes</a>", dashboard, StringComparison.Ordinal);
        Assert.DoesNotContain("Sign out", dashboard, StringComparison.Ordinal);

        var products = await PageAsync(admin, "/admin/catalog/products?culture=fr");
        Assert.Contains("<h1>Produits</h1>", products, StringComparison.Ordinal);
        Assert.Contains("Nouveau produit", products, StringComparison.Ordinal);
        Assert.Contains("Bol en grès", products, StringComparison.Ordinal);
        Assert.Contains("12,50 USD", products, StringComparison.Ordinal); // the shop's dollars, written the French way
        Assert.Contains("1 produit", products, StringComparison.Ordinal);

        Assert.Contains("<h1>Devises</h1>", await PageAsync(admin, "/admin/currencies?culture=fr"), StringComparison.Ordinal);
        Assert.Contains("Nouvelle page", await PageAsync(admin, "/admin/content/pages?culture=fr"), StringComparison.Ordinal);
        Assert.Contains("Rien n’attend de modération.", await PageAsync(admin, "/admin/reviews?culture=fr"), StringComparison.Ordinal);

        // And English stays the default.
        var english = await PageAsync(admin, "/admin/catalog/products");
        Assert.Contains("<h1>Products</h1>", english, StringComparison.Ordinal);
        Assert.Contains("$12.50", english, StringComparison.Ordinal);
        Assert.Contains("Sign out", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_translation_desk_names_the_language_to_translate_and_speaks_the_readers_own()
    {
        var admin = await app.SignedInAdminAsync();

        // ?culture=fr is the language being translated: a reader of English keeps English labels.
        var english = await PageAsync(admin, "/admin/translations?culture=fr");
        Assert.Contains("<h1>Translations: fr</h1>", english, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);

        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var french = await PageAsync(admin, "/admin/translations?culture=fr");
        Assert.Contains("<h1>Traductions : fr</h1>", french, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"fr\"", french, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode} {html}");
        return WebUtility.HtmlDecode(html);
    }
}
