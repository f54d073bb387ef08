using System.Net;
using Store.Tests.Infrastructure;

namespace Store.Tests.Content;

/// <summary>Past the URLs one sitemap file may hold, <c>/sitemap.xml</c> becomes an index of parts that together list every page once.</summary>
public sealed class SitemapSplitTests(SitemapSplitTests.SmallSitemaps app) : IClassFixture<SitemapSplitTests.SmallSitemaps>
{
    public sealed class SmallSitemaps : ContentAppFactory
    {
        public SmallSitemaps() => Setting("Content:Seo:SitemapMaxUrls", "5");
    }

    [Fact]
    public async Task A_large_sitemap_is_an_index_of_parts_of_at_most_the_limit()
    {
        var shopper = app.Browser();
        var parts = await SeoFilesTests.LocationsAsync(shopper, "/sitemap.xml");
        Assert.True(parts.Count >= 3, $"{parts.Count} parts");
        Assert.All(parts, p => Assert.Matches("^http://localhost/sitemaps/[0-9]+\\.xml$", p));

        var all = new List<string>();
        foreach (var part in parts)
        {
            var urls = await SeoFilesTests.LocationsAsync(shopper, new Uri(part).PathAndQuery);
            Assert.InRange(urls.Count, 1, 5);
            all.AddRange(urls);
        }

        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Contains("http://localhost/products/red-mug", all);
        Assert.Contains("http://localhost/pages/about", all);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync($"/sitemaps/{parts.Count + 1}.xml")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shopper.GetAsync("/sitemaps/0.xml")).StatusCode);
    }
}
