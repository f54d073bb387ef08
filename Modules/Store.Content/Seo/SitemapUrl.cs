using System.Globalization;
using Store.Catalog.Contracts;

namespace Store.Content.Seo;

/// <summary>One <c>url</c> of the sitemap: a public page in one of the languages the shop advertises.</summary>
internal sealed record SitemapUrl(CatalogAddress Page, CultureInfo Culture);
