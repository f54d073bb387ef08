using System.Net;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Store.Content.Seo;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>The sitemap, robots.txt, the tags in every page's head and the redirect manager.</summary>
public sealed class SeoFilesTests(ContentAppFactory app) : IClassFixture<ContentAppFactory>
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    internal static async Task<List<string>> LocationsAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/xml", response.Content.Headers.ContentType!.MediaType);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Descendants(Sitemap + "loc").Select(l => l.Value).ToList();
    }

    [Fact]
    public async Task The_sitemap_lists_published_products_categories_and_pages_and_follows_a_change()
    {
        var shopper = app.Browser();
        var urls = await LocationsAsync(shopper, "/sitemap.xml");
        Assert.Contains("http://localhost/", urls);
        Assert.Contains("http://localhost/products/red-mug", urls);
        Assert.Contains("http://localhost/categories/mugs", urls);
        Assert.Contains("http://localhost/pages/about", urls);
        Assert.DoesNotContain(urls, u => u.Contains("draft-secret-lamp", StringComparison.Ordinal) || u.Contains("secret-plans", StringComparison.Ordinal));
        Assert.Equal(urls.Count, urls.Distinct().Count());

        var admin = await app.SignedInAdminAsync();
        var saved = await admin.SubmitAsync("/admin/content/pages/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "Size guide",
            ["Form.Slug"] = "size-guide",
            ["Form.Markdown"] = "Sizes.",
            ["Form.Published"] = "true",
            ["Form.MetaTitle"] = "",
            ["Form.MetaDescription"] = "",
            ["submit"] = "save",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("http://localhost/pages/size-guide", await LocationsAsync(shopper, "/sitemap.xml"));
    }

    [Fact]
    public async Task Robots_txt_comes_from_the_settings_with_the_sitemap_line_and_refuses_a_bad_save()
    {
        var shopper = app.Browser();
        var robots = await shopper.GetStringAsync("/robots.txt");
        Assert.Contains("Disallow: /admin", robots, StringComparison.Ordinal);
        Assert.EndsWith("Sitemap: http://localhost/sitemap.xml\n", robots, StringComparison.Ordinal);

        var admin = await app.SignedInAdminAsync();
        var tooLong = await admin.SubmitAsync("/admin/content/seo", new Dictionary<string, string> { ["robots"] = new string('x', SeoSettings.RobotsMaxLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Contains("robots.txt must be at most", await tooLong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(robots, await shopper.GetStringAsync("/robots.txt"));

        var saved = await admin.SubmitAsync("/admin/content/seo", new Dictionary<string, string> { ["robots"] = "User-agent: *\r\nDisallow: /search-tests" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("User-agent: *\nDisallow: /search-tests\n\nSitemap: http://localhost/sitemap.xml\n", await shopper.GetStringAsync("/robots.txt"));
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/seo", new Dictionary<string, string> { ["robots"] = SeoSettings.DefaultRobots })).StatusCode);
    }

    [Fact]
    public async Task Pages_carry_one_canonical_address_open_graph_tags_and_a_description_from_their_text()
    {
        var shopper = app.Browser();
        var product = await shopper.GetStringAsync("/products/scripted-product?image=1&utm_source=mail");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/products/scripted-product\">", product, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:type\" content=\"product\">", product, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:url\" content=\"http://localhost/products/scripted-product\">", product, StringComparison.Ordinal);
        // No SEO description was written: the product's own text stands in, without its markup.
        Assert.Contains("<meta name=\"description\" content=\"Nice bold text.", product, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:description\" content=\"Nice bold text.", product, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"twitter:card\"", product, StringComparison.Ordinal);

        var withPicture = await shopper.GetStringAsync("/products/red-mug");
        Assert.Matches("<meta property=\"og:image\" content=\"http://localhost/media/[a-z]+/[^\"]+\">", withPicture);
        Assert.Contains("<meta name=\"twitter:card\" content=\"summary_large_image\">", withPicture, StringComparison.Ordinal);

        var filtered = await shopper.GetStringAsync("/categories/mugs?sort=name&in_stock=true");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/categories/mugs\">", filtered, StringComparison.Ordinal);
        var second = await shopper.GetStringAsync("/products?page=2&page_size=2");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/products?page=2\">", second, StringComparison.Ordinal);
        var home = await shopper.GetStringAsync("/");
        Assert.Contains("<link rel=\"canonical\" href=\"http://localhost/\">", home, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(home, "rel=\"canonical\""));
    }

    [Fact]
    public async Task A_redirect_sends_an_old_address_on_with_its_query_and_is_removed_again()
    {
        var admin = await app.SignedInAdminAsync();
        var shopper = app.Browser();
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/old-shop/Mugs.html")).StatusCode);

        var added = await admin.SubmitAsync("/admin/content/redirects", Redirect("/old-shop/mugs.html/", "/categories/mugs", 301), "/admin/content/redirects?handler=Add");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var moved = await shopper.GetAsync("/old-shop/Mugs.html?sort=name");
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal("/categories/mugs?sort=name", moved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/redirects", Redirect("/summer", "https://example.com/summer?from=shop", 302), "/admin/content/redirects?handler=Add")).StatusCode);
        var away = await shopper.GetAsync("/summer?x=1");
        Assert.Equal(HttpStatusCode.Found, away.StatusCode);
        Assert.Equal("https://example.com/summer?from=shop", away.Headers.Location!.OriginalString);

        var id = await app.WithDbAsync(db => db.Set<UrlRedirect>().Where(r => r.FromPath == "/old-shop/mugs.html").Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/admin/content/redirects", new Dictionary<string, string> { ["id"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, "/admin/content/redirects?handler=Delete")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/old-shop/Mugs.html")).StatusCode);
    }

    [Theory]
    [InlineData("/loop-b", "/loop-a?x=1", 301, "round in a loop: /loop-b → /loop-a → /loop-b")]
    [InlineData("/admin/catalog", "/", 301, "/admin/catalog cannot be redirected")]
    [InlineData("/", "/products", 301, "/ cannot be redirected")]
    [InlineData("old-page", "/products", 301, "must be a path of this shop starting with /")]
    [InlineData("/elsewhere", "javascript:alert(1)", 301, "must be a path of this shop starting with / or an http(s)://")]
    [InlineData("/elsewhere", "//evil.example/x", 301, "must be a path of this shop starting with / or an http(s)://")]
    [InlineData("/itself/", "/Itself", 301, "round in a loop")]
    [InlineData("/loop-a", "/other", 301, "/loop-a already redirects")]
    [InlineData("/kind", "/products", 307, "Choose 301")]
    [InlineData("", "", 301, "Enter the old address")]
    public async Task A_redirect_that_would_break_the_shop_is_refused_and_nothing_changes(string from, string to, int kind, string message)
    {
        var admin = await app.SignedInAdminAsync();
        await app.WithDbAsync(async db =>
        {
            if (!await db.Set<UrlRedirect>().AnyAsync(r => r.FromPath == "/loop-a"))
            {
                db.Add(new UrlRedirect { FromPath = "/loop-a", ToPath = "/loop-b", StatusCode = 301 });
                await db.SaveChangesAsync();
            }

            return 0;
        });
        var before = await app.WithDbAsync(db => db.Set<UrlRedirect>().CountAsync());

        var refused = await admin.SubmitAsync("/admin/content/redirects", Redirect(from, to, kind), "/admin/content/redirects?handler=Add");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(before, await app.WithDbAsync(db => db.Set<UrlRedirect>().CountAsync()));
    }

    private static Dictionary<string, string> Redirect(string from, string to, int kind) => new()
    {
        ["Input.FromPath"] = from,
        ["Input.ToPath"] = to,
        ["Input.StatusCode"] = kind.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
