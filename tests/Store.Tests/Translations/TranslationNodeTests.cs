using System.Net;
using System.Net.Http.Json;
using Store.Tests.Infrastructure;

namespace Store.Tests.Translations;

/// <summary>An override saved on one web node reaches shoppers on another without a restart, cached pages included.</summary>
public sealed class TranslationNodeTests(TranslationNodes nodes) : IClassFixture<TranslationNodes>
{
    [Fact]
    public async Task A_translation_saved_on_node_A_is_read_on_node_B()
    {
        var shopperOnB = nodes.B.CreateClient();
        // B renders and caches its French home page with the shipped text first.
        Assert.Contains("Rechercher un produit", await shopperOnB.GetStringAsync("/?culture=fr"), StringComparison.Ordinal);

        var api = await nodes.A.ApiAdminAsync();
        var saved = await api.PutAsJsonAsync("/api/v1/admin/translations/fr/strings", new { id = "Search products", forms = new[] { "Fouiller la boutique" } });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);

        var page = await Eventually.ValueAsync(
            async () => await shopperOnB.GetStringAsync("/?culture=fr") is var html && html.Contains("Fouiller la boutique", StringComparison.Ordinal) ? html : null,
            "node B still shows the shipped translation",
            TimeSpan.FromSeconds(30));
        Assert.DoesNotContain("Rechercher un produit", page, StringComparison.Ordinal);
    }
}
