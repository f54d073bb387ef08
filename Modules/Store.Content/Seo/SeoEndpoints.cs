using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Core.Email;
using Store.Core.Localization;

namespace Store.Content.Seo;

/// <summary>
/// <c>/sitemap.xml</c> (one file, or an index of <c>/sitemaps/{n}.xml</c> past <see cref="SeoOptions.SitemapMaxUrls"/>)
/// and <c>/robots.txt</c>. Both come from the output cache (<see cref="ContentCache.SeoPolicy"/>): built once, built
/// again after a catalog or content change evicts them, never per request. Each page is listed once per language the
/// shop advertises, each with every language's address as <c>xhtml:link rel="alternate"</c> plus <c>x-default</c>, as
/// Google reads them: the same alternates the page's own <c>hreflang</c> links give (<see cref="ShopCultures.Advertised"/>).
/// </summary>
internal static class SeoEndpoints
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static void MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpContext http, StoreDbContext db, ICatalogAddresses catalog, SeoOptions options, ShopCultures cultures) =>
        {
            var entries = InEachLanguage(await SitemapEntries.LoadAsync(db, catalog, http.RequestAborted), cultures);
            var origin = Origin(http);
            var size = PartSize(options);
            if (entries.Count <= size)
            {
                return Xml(UrlSet(entries, origin, cultures));
            }

            var parts = (entries.Count + size - 1) / size;
            return Xml(Write(xml =>
            {
                xml.WriteStartElement("sitemapindex", Namespace);
                for (var part = 1; part <= parts; part++)
                {
                    xml.WriteStartElement("sitemap", Namespace);
                    xml.WriteElementString("loc", Namespace, $"{origin}/sitemaps/{part.ToString(CultureInfo.InvariantCulture)}.xml");
                    xml.WriteElementString("lastmod", Namespace, Date(entries.Skip((part - 1) * size).Take(size).Max(e => e.Page.UpdatedUtc)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }));
        }).CacheOutput(ContentCache.SeoPolicy);

        endpoints.MapGet("/sitemaps/{part:int}.xml", async (int part, HttpContext http, StoreDbContext db, ICatalogAddresses catalog, SeoOptions options, ShopCultures cultures) =>
        {
            var entries = InEachLanguage(await SitemapEntries.LoadAsync(db, catalog, http.RequestAborted), cultures);
            var size = PartSize(options);
            var slice = part < 1 || entries.Count <= size ? [] : entries.Skip((part - 1) * size).Take(size).ToList();
            return slice.Count == 0 ? Results.NotFound() : Xml(UrlSet(slice, Origin(http), cultures));
        }).CacheOutput(ContentCache.SeoPolicy);

        endpoints.MapGet("/robots.txt", async (HttpContext http, StoreDbContext db) =>
        {
            var robots = await db.Set<SeoSettings>().AsNoTracking().Where(s => s.Id == SeoSettings.SingletonId).Select(s => s.RobotsTxt).FirstOrDefaultAsync(http.RequestAborted) ?? SeoSettings.DefaultRobots;
            var text = robots.ReplaceLineEndings("\n").TrimEnd() + $"\n\nSitemap: {Origin(http)}/sitemap.xml\n";
            return Results.Text(text, "text/plain; charset=utf-8");
        }).CacheOutput(ContentCache.SeoPolicy);
    }

    private static int PartSize(SeoOptions options) => Math.Clamp(options.SitemapMaxUrls, 1, 50_000);

    // The shop's root, whatever language prefix the request came under: the files are the same in every language.
    private static string Origin(HttpContext http) => http.RequestServices.GetRequiredService<EmailOptions>().RootOrigin(http);

    // Page by page, each language together, so a split keeps a page's versions side by side.
    private static List<SitemapUrl> InEachLanguage(IReadOnlyList<CatalogAddress> pages, ShopCultures cultures) =>
        [.. pages.SelectMany(page => cultures.Advertised.Select(culture => new SitemapUrl(page, culture)))];

    private static IResult Xml(string xml) => Results.Text(xml, "application/xml; charset=utf-8");

    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string UrlSet(IEnumerable<SitemapUrl> entries, string origin, ShopCultures cultures) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        var alternates = cultures.Advertised.Count > 1;
        if (alternates)
        {
            xml.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
        }

        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, origin + CulturePaths.UrlIn(cultures, entry.Culture, entry.Page.Path));
            xml.WriteElementString("lastmod", Namespace, Date(entry.Page.UpdatedUtc));
            if (alternates)
            {
                foreach (var culture in cultures.Advertised)
                {
                    Alternate(xml, culture.Name, origin + CulturePaths.UrlIn(cultures, culture, entry.Page.Path));
                }

                Alternate(xml, "x-default", origin + CulturePaths.UrlIn(cultures, cultures.Default, entry.Page.Path));
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

    private static void Alternate(XmlWriter xml, string hreflang, string href)
    {
        xml.WriteStartElement("xhtml", "link", Xhtml);
        xml.WriteAttributeString("rel", "alternate");
        xml.WriteAttributeString("hreflang", hreflang);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Write(Action<XmlWriter> body)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Encoding = Encoding.UTF8, Indent = false }))
        {
            xml.WriteStartDocument();
            body(xml);
            xml.WriteEndDocument();
        }

        // StringBuilder makes XmlWriter declare utf-16; the body is sent as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
