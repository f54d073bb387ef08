using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace Store.Core.Localization;

/// <summary>
/// Per-language URLs. A page of the default culture has no prefix (<c>/products/mug</c>); the same page in
/// another culture lives under its name (<c>/fr/products/mug</c>). <see cref="CulturePathMiddleware"/> moves the
/// prefix into <c>PathBase</c>, so routes, the output cache key and <c>PublicOrigin</c> see it without any module
/// knowing; links in rendered pages and redirects are kept inside the prefix here, in one place
/// (<see cref="LocalizeLinks"/>, <see cref="LocalizeLocation"/>).
/// </summary>
public static partial class CulturePaths
{
    private static readonly object Key = new();

    // Addresses that are the same in every language (the admin, the API, files, machine endpoints): never prefixed
    // by a link rewrite, and their culture still comes from the query string, the cookie or Accept-Language. Matched
    // by whole segments: "/sitemap.xml" and its parts "/sitemaps/{n}.xml" are named as they are.
    private static readonly string[] Neutral =
    [
        "/admin", "/api", "/assets", "/media", "/session", "/health", "/setup", "/favicon.ico", "/manifest.webmanifest",
        "/robots.txt", "/sitemap.xml", "/sitemaps", "/payments/stripe", "/error", "/Identity",
    ];

    /// <summary>The culture the request's path chose (its prefix, or the default culture for an unprefixed page), or null.</summary>
    public static CultureInfo? CultureOf(HttpContext http) => (http.Items[Key] as Chosen)?.Culture;

    /// <summary>The culture prefix the request came under (<c>/fr</c>), or empty.</summary>
    public static string PrefixOf(HttpContext? http) => (http?.Items[Key] as Chosen)?.Prefix ?? string.Empty;

    /// <summary>The request's <c>PathBase</c> without the culture prefix: where the shop's root is.</summary>
    public static PathString RootOf(HttpContext http) => http.Items[Key] is Chosen chosen ? chosen.Root : http.Request.PathBase;

    /// <summary>True for paths that are the same page in every language (see <see cref="Neutral"/>).</summary>
    public static bool IsNeutral(PathString path)
    {
        foreach (var prefix in Neutral)
        {
            if (path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Puts every site-relative <c>href</c>, <c>action</c> and <c>formaction</c> of a rendered page under
    /// <paramref name="prefix"/>, so product cards, breadcrumbs, pagination and forms of every module stay in the
    /// visitor's language. Links that carry <c>hreflang</c> (the language switcher) and neutral paths are left alone.
    /// </summary>
    public static string LocalizeLinks(string html, string prefix)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrEmpty(prefix))
        {
            return html;
        }

        return LinkPattern().Replace(html, m =>
        {
            var path = m.Groups["path"].Value;
            return Localizable(path, prefix) ? m.Groups["attr"].Value + prefix + path + "\"" : m.Value;
        });
    }

    /// <summary>The redirect target inside the prefix, when it is a page of the site outside it; else as it was.</summary>
    public static string LocalizeLocation(string location, string prefix) =>
        !string.IsNullOrEmpty(prefix) && Localizable(location, prefix) ? prefix + location : location;

    /// <summary>The same page in <paramref name="culture"/>: <paramref name="pathAndQuery"/> (without prefix) under its prefix.</summary>
    public static string UrlIn(ShopCultures cultures, CultureInfo culture, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(cultures);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        return cultures.PrefixOf(culture) + pathAndQuery;
    }

    internal static void Set(HttpContext http, CultureInfo culture, string prefix, PathString root) => http.Items[Key] = new Chosen(culture, prefix, root);

    private static bool Localizable(string path, string prefix) =>
        path.StartsWith('/') && !path.StartsWith("//", StringComparison.Ordinal) && !path.StartsWith("/\\", StringComparison.Ordinal) &&
        !IsNeutral(new PathString(CutQuery(path))) &&
        !(path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && (path.Length == prefix.Length || path[prefix.Length] is '/' or '?' or '#'));

    private static string CutQuery(string path)
    {
        var end = path.IndexOfAny(['?', '#']);
        return end < 0 ? path : path[..end];
    }

    // href="/…", action="/…", formaction="/…" not just after an hreflang attribute (the switcher's own links).
    [GeneratedRegex("(?<!\\shreflang=\"[^\"]*\")(?<attr>\\s(?:href|action|formaction)=\")(?<path>/[^\"]*)\"", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();

    private sealed record Chosen(CultureInfo Culture, string Prefix, PathString Root);
}
