using System.Net;
using System.Text.RegularExpressions;
using Store.Tests.Accounts;
using Store.Tests.Catalog;
using Store.Tests.Infrastructure;
using Store.Tests.Orders;

namespace Store.Tests.Localization;

/// <summary>A shop selling in euros, with the catalog fixture (red-mug and friends), in English and French.</summary>
public sealed class EuroShopFactory : CatalogAppFactory
{
    protected override string Currency => "EUR";
}

/// <summary>Per-language URLs (Core's CulturePaths): /fr/... is French, / is English, links stay in the language.</summary>
public sealed partial class CultureUrlTests(EuroShopFactory app) : IClassFixture<EuroShopFactory>
{
    private const string CultureCookie = ".AspNetCore.Culture";

    [Fact]
    public async Task Each_page_has_one_url_per_language_with_hreflang_alternates_and_its_own_canonical()
    {
        var french = await app.Browser().GetStringAsync("/fr/products/red-mug");
        var english = await app.Browser().GetStringAsync("/products/red-mug");

        Assert.Contains("<html lang=\"fr\">", french, StringComparison.Ordinal);
        Assert.Contains("Ajouter au panier", french, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/fr/products/red-mug\">", french, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/products/red-mug\">", english, StringComparison.Ordinal);
        foreach (var html in new[] { french, english })
        {
            Assert.Contains("<link rel=\"alternate\" hreflang=\"en\" href=\"http://localhost/products/red-mug\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" hreflang=\"fr\" href=\"http://localhost/fr/products/red-mug\">", html, StringComparison.Ordinal);
            Assert.Contains("<link rel=\"alternate\" hreflang=\"x-default\" href=\"http://localhost/products/red-mug\">", html, StringComparison.Ordinal);
            // The pseudo-locales are for testing: never advertised.
            Assert.DoesNotContain("hreflang=\"qps", html, StringComparison.Ordinal);
        }

        // The switcher links the same page in the other language.
        Assert.Contains("<a hreflang=\"en\" href=\"/products/red-mug\" lang=\"en\">English</a>", french, StringComparison.Ordinal);
        Assert.Contains("<a hreflang=\"fr\" href=\"/fr/products/red-mug\" lang=\"fr\">Français</a>", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Links_and_forms_of_a_french_page_stay_in_french_and_neutral_addresses_do_not()
    {
        var home = await app.Browser().GetStringAsync("/fr/");
        var list = await app.Browser().GetStringAsync("/fr/products?q=mug");

        Assert.Contains("class=\"brand\" href=\"/fr/\"", home, StringComparison.Ordinal);
        Assert.Contains("action=\"/fr/products\"", home, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/cart\"", list, StringComparison.Ordinal);
        Assert.Contains("href=\"/fr/products/red-mug\"", list, StringComparison.Ordinal);
        Assert.DoesNotMatch(HrefPattern("/products/"), list);
        Assert.Contains("href=\"/assets/site.css", list, StringComparison.Ordinal);
        Assert.Contains("data-url-prefix=\"/fr\"", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_french_address_is_french_whatever_the_cookie_and_an_english_one_english()
    {
        var client = app.Browser();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/fr/products?q=mug");
        request.Headers.Add("Cookie", CultureCookie + "=c%3Den%7Cuic%3Den");
        request.Headers.AcceptLanguage.ParseAdd("en");
        var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("4 produits", html, StringComparison.Ordinal);
        // Remembered, for the visitor who comes back to /.
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(CultureCookie + "=c%3Dfr%7Cuic%3Dfr", StringComparison.Ordinal));

        using var unprefixed = new HttpRequestMessage(HttpMethod.Get, "/products?q=mug");
        unprefixed.Headers.AcceptLanguage.ParseAdd("fr");
        Assert.Contains("4 products", await (await client.SendAsync(unprefixed)).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_visitor_coming_back_to_the_home_page_is_sent_to_their_language_but_not_a_click_or_a_crawler()
    {
        var client = app.Browser();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/fr/")).StatusCode);

        var bookmark = await client.SendAsync(Navigation("/", "none"));
        Assert.Equal(HttpStatusCode.Found, bookmark.StatusCode);
        Assert.Equal("/fr/", bookmark.Headers.Location?.OriginalString);
        Assert.Contains("Cookie", bookmark.Headers.Vary);

        // The switcher's "English" is a click inside the shop: served, and English remembered from now on.
        var switched = await client.SendAsync(Navigation("/", "same-origin"));
        Assert.Equal(HttpStatusCode.OK, switched.StatusCode);
        Assert.Contains("Vary", switched.Headers.Select(h => h.Key));
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Navigation("/", "none"))).StatusCode);

        // A crawler sends no cookie and no Fetch metadata.
        Assert.Equal(HttpStatusCode.OK, (await app.Browser().GetAsync("/")).StatusCode);
    }

    [Theory]
    [InlineData("/fr", "/fr/")]
    [InlineData("/en/products?q=mug", "/products?q=mug")]
    public async Task Stray_addresses_are_moved_to_the_page_s_one_address(string from, string to)
    {
        var response = await app.Browser().GetAsync(from);

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal(to, response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Redirects_keep_the_visitor_in_their_language()
    {
        var response = await app.Browser().GetAsync("/fr/account");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/fr/account/login", response.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_output_cache_keeps_one_copy_of_a_page_per_language()
    {
        var client = app.Browser();
        Assert.Contains("4 products", await client.GetStringAsync("/products?q=mug&sort=name"), StringComparison.Ordinal);
        Assert.Contains("4 products", await client.GetStringAsync("/products?q=mug&sort=name"), StringComparison.Ordinal);

        Assert.Contains("4 produits", await client.GetStringAsync("/fr/products?q=mug&sort=name"), StringComparison.Ordinal);
        Assert.Contains("[4 þŕöđûçţš ·", await client.GetStringAsync("/qps-ploc/products?q=mug&sort=name"), StringComparison.Ordinal);
        Assert.Contains("4 products", await client.GetStringAsync("/products?q=mug&sort=name"), StringComparison.Ordinal);
        Assert.Contains("4 produits", await client.GetStringAsync("/fr/products?q=mug&sort=name"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Prices_are_in_the_french_format_on_the_list_and_the_product_page()
    {
        var list = Spaces(await app.Browser().GetStringAsync("/fr/products?q=mug"));
        var product = Spaces(await app.Browser().GetStringAsync("/fr/products/red-mug"));
        var english = Spaces(await app.Browser().GetStringAsync("/products/red-mug"));

        Assert.Matches(FrenchPrice(), list);
        Assert.Matches(FrenchPrice(), product);
        Assert.DoesNotMatch(FrenchPrice(), english);
        Assert.Matches(EnglishPrice(), english);
    }

    [Fact]
    public async Task An_order_email_is_in_the_shopper_s_language_and_format()
    {
        var (email, api) = await app.ApiShopperAsync();
        api.DefaultRequestHeaders.AcceptLanguage.ParseAdd("fr");
        var item = await app.ProductAsync("Bol en grès", 1250, 10);
        await (await api.AddAsync(item, 1)).OkJsonAsync();
        var number = (await (await api.PlaceAsync()).OkJsonAsync(HttpStatusCode.Created)).GetProperty("number").GetString()!;

        var message = await app.MailToAsync(email, number);

        Assert.Equal($"Commande {number} reçue", message.Subject);
        Assert.Contains("12,50 €", Spaces(message.HtmlBody ?? ""), StringComparison.Ordinal);
        Assert.Contains("12,50 €", Spaces(message.TextBody ?? ""), StringComparison.Ordinal);
    }

    private static HttpRequestMessage Navigation(string url, string site)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Sec-Fetch-Mode", "navigate");
        request.Headers.Add("Sec-Fetch-Site", site);
        return request;
    }

    private static Regex HrefPattern(string path) => new("href=\"" + Regex.Escape(path), RegexOptions.CultureInvariant);

    // Cultures put a no-break (or narrow no-break) space between the amount and the sign.
    private static string Spaces(string text) => text.Replace('\u00A0', ' ').Replace('\u202F', ' ');

    [GeneratedRegex(@">\s*\d+,\d\d €")]
    private static partial Regex FrenchPrice();

    [GeneratedRegex(@">\s*\d+\.\d\d EUR")]
    private static partial Regex EnglishPrice();
}
