using System.Net;
using Store.Tests.Accounts;
using Store.Tests.Infrastructure;

namespace Store.Tests.Catalog;

/// <summary>
/// A request with a forged <c>Host</c> header: the product page's JSON-LD and the links in the emails it causes
/// still point at the configured public address (<c>Email:BaseUrl</c>, here <c>http://localhost</c>).
/// </summary>
public sealed class ForgedHostTests(CatalogAppFactory app) : IClassFixture<CatalogAppFactory>
{
    private const string Forged = "evil.example";

    private HttpClient ForgingClient()
    {
        var client = app.Browser();
        client.DefaultRequestHeaders.Host = Forged;
        return client;
    }

    [Fact]
    public async Task Json_ld_urls_come_from_the_configured_address_not_the_host_header()
    {
        var page = await ForgingClient().GetAsync("/products/red-mug");
        var html = await page.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("http://localhost/products/red-mug", html, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Email_links_come_from_the_configured_address_not_the_host_header()
    {
        var response = await ForgingClient().SubmitAsync("/account/password/forgot", new Dictionary<string, string> { ["Email"] = StoreAppFactory.AdminEmail });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        // Read as delivered: the outbox row's bodies are blanked once it is sent, which may be before a query here.
        var email = await app.MailToAsync(StoreAppFactory.AdminEmail, "Reset your password");
        Assert.Contains("http://localhost/account/password/reset", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(Forged, email.HtmlBody + email.TextBody, StringComparison.OrdinalIgnoreCase);
    }
}
