namespace Store.Content.Seo;

/// <summary>Bound from <c>Content:Seo</c>.</summary>
public sealed class SeoOptions
{
    public const string Section = "Content:Seo";

    /// <summary>URLs per sitemap file; past it, <c>/sitemap.xml</c> is an index of <c>/sitemaps/{n}.xml</c>. The protocol's limit is 50,000.</summary>
    public int SitemapMaxUrls { get; set; } = 50_000;
}
