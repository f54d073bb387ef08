using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Store.Catalog.Areas.Admin.Pages.Catalog;
using Store.Tests.Infrastructure;

namespace Store.Tests.Translations;

/// <summary>
/// The admin's messages that were built outside a page (validation attributes, shared checks, a desk's API, a grid
/// row's name) read in French too, while the command-line check and the API's parameter names keep their English.
/// </summary>
public sealed class AdminMessagesInFrenchTests(StoreAppFactory app) : IClassFixture<StoreAppFactory>
{
    [Fact]
    public async Task The_admin_sign_in_says_what_is_missing_in_French()
    {
        var browser = app.Browser();
        var empty = await browser.SubmitAsync("/admin/login?culture=fr", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        var page = WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync());
        Assert.Contains("Saisissez votre adresse e-mail.", page, StringComparison.Ordinal);
        Assert.Contains("Saisissez votre mot de passe.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Enter your email.", page, StringComparison.Ordinal);

        var tooLong = await browser.SubmitAsync("/admin/login?culture=fr", new Dictionary<string, string> { ["Email"] = "nobody@test.local", ["Password"] = new string('x', 300) });
        Assert.Contains("Utilisez au plus 256 caractères.", WebUtility.HtmlDecode(await tooLong.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // English stays the default.
        var english = await app.Browser().SubmitAsync("/admin/login", new Dictionary<string, string> { ["Email"] = "", ["Password"] = "" });
        Assert.Contains("Enter your email.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_translation_refused_in_the_desk_says_why_in_the_readers_French()
    {
        var admin = await app.SignedInAdminAsync();
        admin.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var refused = await admin.SubmitAsync("/admin/translations/edit?culture=fr&id=" + Uri.EscapeDataString("Hello {0},"), new Dictionary<string, string> { ["Forms[0]"] = "Bonjour," });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("les espaces réservés diffèrent de la source : attendu {0}, trouvé aucun", page, StringComparison.Ordinal);
        Assert.DoesNotContain("placeholders differ", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_moderation_API_answers_a_French_request_in_French()
    {
        var api = await app.ApiAdminAsync();
        var refused = await api.PostAsJsonAsync("/api/v1/admin/reviews/reject?culture=fr", new { ids = new[] { 1 }, reason = "" });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Indiquez le motif, de 1 à 500 caractères : son auteur le lira.", problem.RootElement.GetProperty("errors").GetProperty("reason")[0].GetString());

        var english = await api.PostAsJsonAsync("/api/v1/admin/reviews/approve", new { ids = Array.Empty<int>() });
        Assert.Contains("Give 1 to 200 review ids.", await english.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_variant_row_of_a_product_without_options_is_named_in_French()
    {
        var localizer = app.Services.GetRequiredService<IStringLocalizerFactory>().Create(typeof(VariantRow));
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("fr");
            Assert.Equal("(sans options)", new VariantRow().LabelIn(localizer));
            Assert.Equal("S / Rouge", new VariantRow { Values = ["S", "Rouge"] }.LabelIn(localizer));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
