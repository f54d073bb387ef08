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

namespace Store.Content.Seo;

/// <summary>
/// <c>/sitemap.xml</c> (one file, or an index of <c>/sitemaps/{n}.xml</c> past <see cref="SeoOptions.SitemapMaxUrls"/>)
/// and <c>/robots.txt</c>. Both come from the output cache (<see cref="ContentCache.SeoPolicy"/>): built once, built
/// again after a catalog or content change evicts them, never per request.
/// </summary>
internal static class SeoEndpoints
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSeoEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/sitemap.xml", async (HttpContext http, StoreDbContext db, ICatalogAddresses catalog, SeoOptions options) =>
        {
            var entries = await SitemapEntries.LoadAsync(db, catalog, http.RequestAborted);
            var origin = Origin(http);
            var size = PartSize(options);
            if (entries.Count <= size)
            {
                return Xml(UrlSet(entries, origin));
            }

            var parts = (entries.Count + size - 1) / size;
            return Xml(Write(xml =>
            {
                xml.WriteStartElement("sitemapindex", Namespace);
                for (var part = 1; part <= parts; part++)
                {
                    xml.WriteStartElement("sitemap", Namespace);
                    xml.WriteElementString("loc", Namespace, $"{origin}/sitemaps/{part.ToString(CultureInfo.InvariantCulture)}.xml");
                    xml.WriteElementString("lastmod", Namespace, Date(entries.Skip((part - 1) * size).Take(size).Max(e => e.UpdatedUtc)));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }));
        }).CacheOutput(ContentCache.SeoPolicy);

        endpoints.MapGet("/sitemaps/{part:int}.xml", async (int part, HttpContext http, StoreDbContext db, ICatalogAddresses catalog, SeoOptions options) =>
        {
            var entries = await SitemapEntries.LoadAsync(db, catalog, http.RequestAborted);
            var size = PartSize(options);
            var slice = part < 1 || entries.Count <= size ? [] : entries.Skip((part - 1) * size).Take(size).ToList();
            return slice.Count == 0 ? Results.NotFound() : Xml(UrlSet(slice, Origin(http)));
        }).CacheOutput(ContentCache.SeoPolicy);

        endpoints.MapGet("/robots.txt", async (HttpContext http, StoreDbContext db) =>
        {
            var robots = await db.Set<SeoSettings>().AsNoTracking().Where(s => s.Id == SeoSettings.SingletonId).Select(s => s.RobotsTxt).FirstOrDefaultAsync(http.RequestAborted) ?? SeoSettings.DefaultRobots;
            var text = robots.ReplaceLineEndings("\n").TrimEnd() + $"\n\nSitemap: {Origin(http)}/sitemap.xml\n";
            return Results.Text(text, "text/plain; charset=utf-8");
        }).CacheOutput(ContentCache.SeoPolicy);
    }

    private static int PartSize(SeoOptions options) => Math.Clamp(options.SitemapMaxUrls, 1, 50_000);

    private static string Origin(HttpContext http) => http.RequestServices.GetRequiredService<EmailOptions>().PublicOrigin(http);

    private static IResult Xml(string xml) => Results.Text(xml, "application/xml; charset=utf-8");

    private static string Date(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string UrlSet(IEnumerable<CatalogAddress> entries, string origin) => Write(xml =>
    {
        xml.WriteStartElement("urlset", Namespace);
        foreach (var entry in entries)
        {
            xml.WriteStartElement("url", Namespace);
            xml.WriteElementString("loc", Namespace, origin + entry.Path);
            xml.WriteElementString("lastmod", Namespace, Date(entry.UpdatedUtc));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    });

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
