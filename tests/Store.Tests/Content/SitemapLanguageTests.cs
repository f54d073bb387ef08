using System.Text.RegularExpressions;
using System.Xml.Linq;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>
/// The sitemap lists each page in every language the shop advertises, each with every language's address and
/// <c>x-default</c> (Google's <c>xhtml:link</c> format), the same alternates the page's own <c>hreflang</c> links give.
/// </summary>
public sealed partial class SitemapLanguageTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public async Task Each_page_is_listed_in_every_language_with_the_alternates_its_own_hreflang_links_give()
    {
        var shopper = app.Browser();
        var urls = XDocument.Parse(await shopper.GetStringAsync("/sitemap.xml")).Descendants(Sitemap + "url").ToDictionary(
            u => u.Element(Sitemap + "loc")!.Value,
            u => u.Elements(Xhtml + "link").Select(l => (Rel: (string)l.Attribute("rel")!, Lang: (string)l.Attribute("hreflang")!, Href: (string)l.Attribute("href")!)).ToList());
        Assert.Contains("http://localhost/fr/products/red-mug", urls.Keys);

        // The test host has the pseudo-locales on: they are never advertised.
        Assert.DoesNotContain(urls.Keys.Concat(urls.Values.SelectMany(a => a.Select(l => l.Href))), u => u.Contains("/qps-", StringComparison.OrdinalIgnoreCase));
        foreach (var (loc, alternates) in urls)
        {
            Assert.All(alternates, l => Assert.Equal("alternate", l.Rel));
            Assert.Equal(new[] { "en", "fr", "x-default" }, alternates.Select(l => l.Lang));
            Assert.Equal(alternates[0].Href, alternates[^1].Href);
            Assert.Contains(alternates, l => l.Href == loc);
            // Each alternate is listed too, and names the same versions back.
            Assert.All(alternates, l => Assert.Equal(alternates, urls[l.Href]));
        }

        foreach (var path in new[] { "/", "/fr/", "/products/red-mug", "/fr/products/red-mug", "/fr/categories/mugs", "/pages/about" })
        {
            var page = await shopper.GetStringAsync(path);
            var declared = AlternateLink().Matches(page).Select(m => ("alternate", m.Groups["lang"].Value, m.Groups["href"].Value)).ToList();
            Assert.Equal(declared, urls["http://localhost" + path]);
        }
    }

    [GeneratedRegex("<link rel=\"alternate\" hreflang=\"(?<lang>[^\"]+)\" href=\"(?<href>[^\"]+)\">", RegexOptions.CultureInvariant)]
    private static partial Regex AlternateLink();
}
