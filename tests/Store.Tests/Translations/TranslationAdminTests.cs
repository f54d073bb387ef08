using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Tests.Infrastructure;

namespace Store.Tests.Translations;

/// <summary>The translation admin and its API: who may use it, saving, import and export, and what shoppers then read.</summary>
public sealed class TranslationAdminTests(TranslationAdminTests.NewLanguageShop app) : IClassFixture<TranslationAdminTests.NewLanguageShop>
{
    private const string Api = "/api/v1/admin/translations";

    /// <summary>
    /// The shop with German added to its languages, for which nothing ships a PO file: every string of it is missing,
    /// as on the day a shop adds a language, whatever the shipped French covers.
    /// </summary>
    public sealed class NewLanguageShop : StoreAppFactory
    {
        public NewLanguageShop() => Setting("Localization:Cultures:2", "de");
    }

    [Fact]
    public async Task A_translator_works_on_translations_and_gets_403_on_prices_orders_and_users()
    {
        await CreateUserAsync("translator@test.local", StoreRoles.Translator);
        var translator = await app.SignedInAdminAsync("translator@test.local", "Role-pass-123");
        var translatorApi = await app.ApiAdminAsync("translator@test.local", "Role-pass-123");

        var coverage = await translator.GetAsync("/admin/translations");
        Assert.True(coverage.StatusCode == HttpStatusCode.OK, await coverage.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await translatorApi.GetAsync(Api)).StatusCode);
        Assert.Contains("href=\"/admin/translations\"", await translator.GetStringAsync("/admin"), StringComparison.Ordinal);
        foreach (var page in new[] { "/admin/catalog/products", "/admin/currencies", "/admin/orders", "/admin/users" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await translator.GetAsync(page)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await translatorApi.PostAsJsonAsync("/api/v1/products", new { name = "Nope", sku = "NOPE-T", price = 100, stock = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await translatorApi.GetAsync("/api/v1/admin/orders")).StatusCode);

        // And a customer, or no one, may not translate.
        await CreateUserAsync("customer-t@test.local", StoreRoles.Customer);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await app.ApiAdminAsync("customer-t@test.local", "Role-pass-123")).GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync(Api)).StatusCode);
    }

    [Fact]
    public async Task A_saved_translation_is_what_French_shoppers_read_at_once_and_is_kept_in_the_history()
    {
        var api = await app.ApiAdminAsync();
        Assert.Contains("Rechercher un produit", await FrenchHomeAsync(), StringComparison.Ordinal);

        var listed = await Json(await api.GetAsync($"{Api}/fr/strings?module=Theme&state=translated"));
        var row = listed.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "Search products");
        Assert.Contains(row.GetProperty("references").EnumerateArray(), r => r.GetString()!.StartsWith("Views/Layout.liquid:", StringComparison.Ordinal));

        var refused = await api.PutAsJsonAsync($"{Api}/fr/strings", new { id = "Hello {0},", forms = new[] { "Bonjour," } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("placeholders differ", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"{Api}/fr/strings", new { id = "No such string", forms = new[] { "x" } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await api.PutAsJsonAsync($"{Api}/xx/strings", new { id = "Search products", forms = new[] { "x" } })).StatusCode);

        var saved = await api.PutAsJsonAsync($"{Api}/fr/strings", new { id = "Search products", forms = new[] { "Chercher dans la boutique" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var home = await FrenchHomeAsync();
        Assert.Contains("Chercher dans la boutique", home, StringComparison.Ordinal);
        Assert.DoesNotContain("Rechercher un produit", home, StringComparison.Ordinal);
        var history = await Json(await api.GetAsync($"{Api}/fr/history"));
        var change = history.EnumerateArray().First();
        Assert.Equal(("Search products", "Rechercher un produit", "Chercher dans la boutique", StoreAppFactory.AdminEmail),
            (change.GetProperty("msgId").GetString(), change.GetProperty("before").GetString(), change.GetProperty("after").GetString(), change.GetProperty("changedBy").GetString()));

        // All forms empty: back to the shipped file.
        Assert.Equal(HttpStatusCode.OK, (await api.PutAsJsonAsync($"{Api}/fr/strings", new { id = "Search products", forms = new[] { "" } })).StatusCode);
        Assert.Contains("Rechercher un produit", await FrenchHomeAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Coverage_counts_missing_strings_and_a_plural_string_takes_the_cultures_forms()
    {
        var api = await app.ApiAdminAsync();
        var coverage = await Json(await api.GetAsync(Api));
        var french = coverage.EnumerateArray().Single(c => c.GetProperty("culture").GetString() == "fr");
        Assert.Equal(2, french.GetProperty("pluralForms").GetInt32());
        var german = coverage.EnumerateArray().Single(c => c.GetProperty("culture").GetString() == "de");
        var cart = german.GetProperty("modules").EnumerateArray().Single(m => m.GetProperty("module").GetString() == "Cart");
        Assert.True(cart.GetProperty("total").GetInt32() > 0);
        Assert.Equal(cart.GetProperty("total").GetInt32(), cart.GetProperty("missing").GetInt32());
        Assert.DoesNotContain(coverage.EnumerateArray(), c => c.GetProperty("culture").GetString()!.StartsWith("qps-", StringComparison.Ordinal));

        var missing = await Json(await api.GetAsync($"{Api}/de/strings?module=Cart&state=missing"));
        Assert.Contains(missing.GetProperty("items").EnumerateArray(), r => r.GetProperty("id").GetString() == "Discount code");
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"{Api}/fr/strings?state=perhaps")).StatusCode);

        var oneForm = await api.PutAsJsonAsync($"{Api}/fr/strings", new { id = "{0} product", forms = new[] { "{0} produit" } });
        Assert.Equal(HttpStatusCode.BadRequest, oneForm.StatusCode);
        Assert.Contains("Enter all 2 plural forms.", await oneForm.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_and_import_round_trip_and_a_file_with_errors_changes_nothing()
    {
        var api = await app.ApiAdminAsync();
        var exported = await api.GetStringAsync($"{Api}/fr/export");
        Assert.Contains("\"Plural-Forms: nplurals=2; plural=(n > 1);\\n\"", exported, StringComparison.Ordinal);
        Assert.Contains("msgid \"Search products\"\nmsgstr \"Rechercher un produit\"", exported, StringComparison.Ordinal);

        // Unchanged, the file imports as no change at all.
        var same = await Json(await api.PostAsync($"{Api}/fr/import", new StringContent(exported, Encoding.UTF8, "text/x-gettext-translation")));
        Assert.Equal(0, same.GetProperty("changed").GetInt32());

        // One good change and two bad lines: nothing is saved, each bad line is named.
        var edited = exported
            .Replace("msgid \"Remove the code\"\nmsgstr \"Retirer le code\"", "msgid \"Remove the code\"\nmsgstr \"Supprimer le code\"", StringComparison.Ordinal)
            + "\nmsgid \"Not a string of the shop\"\nmsgstr \"Pas une chaîne\"\n";
        var badLine = exported.Split('\n').ToList().FindIndex(l => l == "msgid \"Hello {0},\"") + 1;
        var bad = edited.Replace("msgid \"Hello {0},\"\nmsgstr \"Bonjour {0},\"", "msgid \"Hello {0},\"\nmsgstr \"Bonjour,\"", StringComparison.Ordinal);
        Assert.NotEqual(edited, bad);
        var refused = await api.PostAsync($"{Api}/fr/import", new StringContent(bad, Encoding.UTF8, "text/x-gettext-translation"));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await Json(refused)).GetProperty("errors");
        Assert.Contains("placeholders differ", errors.GetProperty($"line {badLine}")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains(errors.EnumerateObject(), e => e.Value[0].GetString()!.Contains("\"Not a string of the shop\" is not a string of the shop", StringComparison.Ordinal));
        Assert.DoesNotContain("Supprimer le code", await api.GetStringAsync($"{Api}/fr/export"), StringComparison.Ordinal);

        var unparsable = await api.PostAsync($"{Api}/fr/import", new StringContent("msgid \"Remove the code\"\nmsgstr \"Supprimer le code", Encoding.UTF8, "text/plain"));
        Assert.Equal(HttpStatusCode.BadRequest, unparsable.StatusCode);
        Assert.True((await Json(unparsable)).GetProperty("errors").TryGetProperty("line 2", out _));

        var good = edited.Replace("\nmsgid \"Not a string of the shop\"\nmsgstr \"Pas une chaîne\"\n", string.Empty, StringComparison.Ordinal);
        var imported = await Json(await api.PostAsync($"{Api}/fr/import", new StringContent(good, Encoding.UTF8, "text/plain")));
        Assert.Equal(1, imported.GetProperty("changed").GetInt32());
        var again = await api.GetStringAsync($"{Api}/fr/export");
        Assert.Equal(good, again);
    }

    private async Task<string> FrenchHomeAsync()
    {
        // Anonymous, from the output cache: a save drops the cached pages of every node.
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        return await client.GetStringAsync("/?culture=fr");
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

    private async Task CreateUserAsync(string email, string role)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<User>>();
        var user = new User { UserName = email, Email = email, EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Role-pass-123")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }
}
