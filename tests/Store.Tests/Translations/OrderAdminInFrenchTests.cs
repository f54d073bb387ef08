using System.Net;
using Store.Tests.Infrastructure;
using Store.Tests.Orders.Admin;

namespace Store.Tests.Translations;

/// <summary>
/// The admin read in French (<c>?culture=fr</c>): the words, the order statuses, and amounts and dates written the
/// French way, while the data (numbers, names, emails) and the values the forms send stay as they are.
/// </summary>
public sealed class OrderAdminInFrenchTests(OrderAdminAppFactory app) : IClassFixture<OrderAdminAppFactory>
{
    [Fact]
    public async Task The_orders_list_an_order_and_the_users_page_read_in_French()
    {
        var set = await OrderSet.SeedAsync(app);
        var admin = await app.SignedInAdminAsync();
        var bob = set["Bob"];

        // Bob's order: paid, 25.00 USD, placed at 12:00 UTC on 11 March 2026, 13:00 in Paris (the shop's days).
        var all = await FrenchAsync(admin, $"/admin/orders?customer={set.Tag}");
        Assert.Contains("<h1>Commandes</h1>", all, StringComparison.Ordinal);
        Assert.Contains("9 commandes", all, StringComparison.Ordinal);
        Assert.Contains("Filtrer", all, StringComparison.Ordinal);
        Assert.Contains("<option value=\"Paid\">Payée</option>", all, StringComparison.Ordinal);
        var list = await FrenchAsync(admin, $"/admin/orders?customer={set.Tag}&status=Paid");
        Assert.Contains("1 commande<", list, StringComparison.Ordinal);
        Assert.Contains("class=\"badge status-paid\">Payée</span>", list, StringComparison.Ordinal);
        Assert.Contains("11/03/2026 13:00", list, StringComparison.Ordinal);
        Assert.Contains("25,00 USD", list, StringComparison.Ordinal);
        Assert.DoesNotContain("3/11/2026", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Move selected to", list, StringComparison.Ordinal);

        var detail = await FrenchAsync(admin, $"/admin/orders/{bob}");
        Assert.Contains($"<h1>Commande {bob}</h1>", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"order-status\">Payée</span>", detail, StringComparison.Ordinal);
        Assert.Contains("Changer le statut", detail, StringComparison.Ordinal);
        Assert.Contains("Historique", detail, StringComparison.Ordinal);
        Assert.Contains("id=\"order-total\">25,00 USD</td>", detail, StringComparison.Ordinal);
        Assert.Contains("Passée le 11/03/2026 13:00", detail, StringComparison.Ordinal);
        Assert.Contains($"bob.{set.Tag}@example.com", detail, StringComparison.Ordinal);

        var users = await FrenchAsync(admin, "/admin/users?role=Administrator");
        Assert.Contains("<h1>Utilisateurs</h1>", users, StringComparison.Ordinal);
        Assert.Contains("1 utilisateur<", users, StringComparison.Ordinal);
        Assert.Contains("Tous les rôles", users, StringComparison.Ordinal);
        Assert.Contains(StoreAppFactory.AdminEmail, users, StringComparison.Ordinal);
        // The day the account was made, day first as the French write it.
        Assert.Matches(@"<td>\d{2}/\d{2}/\d{4}</td>", users);

        // English stays the default.
        Assert.Contains("<h1>Orders</h1>", await admin.GetStringAsync($"/admin/orders?customer={set.Tag}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_orders_filter_names_its_fields_in_French_while_the_API_keeps_its_parameters()
    {
        var admin = await app.SignedInAdminAsync();
        var response = await admin.GetAsync("/admin/orders?from=yesterday&minTotal=lots&status=Lost&culture=fr");
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("« Passée depuis le » doit être une date.", page, StringComparison.Ordinal);
        Assert.Contains("« Total à partir de » doit être un montant en USD, par exemple 12.50.", page, StringComparison.Ordinal);
        Assert.Contains("Choisissez un statut dans la liste.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("from is a date", page, StringComparison.Ordinal);

        var api = await app.ApiAdminAsync();
        var problem = await api.GetAsync("/api/v1/admin/orders?from=yesterday&culture=fr");
        Assert.Equal(HttpStatusCode.BadRequest, problem.StatusCode);
        Assert.Contains("from is a date such as 2026-11-29.", await problem.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    // Razor encodes letters outside ASCII (é as &#xE9;): decoded, the page reads as the admin sees it.
    private static async Task<string> FrenchAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path + (path.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "culture=fr");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }
}
