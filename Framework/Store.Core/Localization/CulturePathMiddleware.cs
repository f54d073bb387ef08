using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Core.Localization;

/// <summary>
/// Serves <c>/fr/…</c> in French whatever the cookie says, by moving the prefix into <c>PathBase</c> (see
/// <see cref="CulturePaths"/>), and serves an unprefixed page in the default culture, so that every page has one
/// URL per language for shoppers, caches and search engines alike. The language of the last page seen is
/// remembered in the culture cookie; a visitor who comes back to <c>/</c> from elsewhere (a bookmark, a typed
/// address, another site) with another language remembered is redirected to that language's home. A click inside
/// the shop (the language switcher) is never redirected, nor is a client without Fetch metadata (crawlers), so there is
/// no loop. <c>?culture=fr</c> on an unprefixed page (older links) serves it in French with its <c>/fr/</c> canonical.
/// </summary>
internal sealed class CulturePathMiddleware(RequestDelegate next, ShopCultures cultures)
{
    private const string QueryKey = "culture";
    private static readonly TimeSpan Remembered = TimeSpan.FromDays(365);

    public Task InvokeAsync(HttpContext http)
    {
        var request = http.Request;
        var path = request.Path.Value ?? "/";
        var segment = FirstSegment(path);
        var culture = segment.Length > 0 ? cultures.Find(segment) : null;
        if (culture is not null)
        {
            var rest = path[(1 + segment.Length)..];
            var prefix = cultures.PrefixOf(culture);
            if (IsPage(http, rest) && (prefix.Length == 0 || rest.Length == 0))
            {
                // /en/products is /products; /fr is /fr/.
                return Redirect(http, request.PathBase + prefix + (rest.Length == 0 ? "/" : rest) + request.QueryString, permanent: true);
            }

            var root = request.PathBase;
            request.PathBase = root.Add(prefix);
            request.Path = rest.Length == 0 ? "/" : rest;
            return Serve(http, culture, prefix, root, IsPage(http, request.Path));
        }

        if (!IsPage(http, path))
        {
            return next(http);
        }

        // ?culture=fr on an unprefixed page (older links, tests): served in French, its canonical and links /fr/....
        if (request.Query[QueryKey].FirstOrDefault() is { Length: > 0 } asked && cultures.Find(asked) is { } wanted)
        {
            return Serve(http, wanted, cultures.PrefixOf(wanted), request.PathBase, page: true);
        }

        if (path == "/")
        {
            // The home page answers differently with and without the cookie (below).
            http.Response.Headers.Append("Vary", "Cookie");
            if (RememberedCulture(http) is { } remembered && !cultures.IsDefault(remembered) && ComesFromElsewhere(http))
            {
                http.Response.Headers.CacheControl = "private, no-store";
                return Redirect(http, request.PathBase + cultures.PrefixOf(remembered) + "/" + request.QueryString, permanent: false);
            }
        }

        return Serve(http, cultures.Default, string.Empty, request.PathBase, page: true);
    }

    private Task Serve(HttpContext http, CultureInfo culture, string prefix, PathString root, bool page)
    {
        CulturePaths.Set(http, culture, prefix, root);
        if (prefix.Length > 0)
        {
            http.Response.OnStarting(KeepRedirectInPrefix, http);
        }

        if (page)
        {
            Remember(http, culture);
        }

        return next(http);
    }

    /// <summary>A page a person reads: GET or HEAD outside the admin, the API, files and machine endpoints.</summary>
    private static bool IsPage(HttpContext http, string path) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)) && !CulturePaths.IsNeutral(new PathString(path.Length == 0 ? "/" : path));

    private static ReadOnlySpan<char> FirstSegment(string path)
    {
        if (path.Length < 2 || path[0] != '/')
        {
            return [];
        }

        var end = path.IndexOf('/', 1);
        return end < 0 ? path.AsSpan(1) : path.AsSpan(1, end - 1);
    }

    private static Task Redirect(HttpContext http, string location, bool permanent)
    {
        http.Response.StatusCode = permanent ? StatusCodes.Status301MovedPermanently : StatusCodes.Status302Found;
        http.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    // Endpoints redirect to "/cart" or a return URL without knowing the prefix; the visitor stays in their language.
    private static Task KeepRedirectInPrefix(object state)
    {
        var http = (HttpContext)state;
        var location = http.Response.Headers.Location.ToString();
        if (http.Response.StatusCode is >= 300 and < 400 && location.Length > 0)
        {
            http.Response.Headers.Location = CulturePaths.LocalizeLocation(location, CulturePaths.PrefixOf(http));
        }

        return Task.CompletedTask;
    }

    private CultureInfo? RememberedCulture(HttpContext http)
    {
        var value = http.Request.Cookies[CookieRequestCultureProvider.DefaultCookieName];
        var parsed = value is null ? null : CookieRequestCultureProvider.ParseCookieValue(value);
        return parsed is null || parsed.UICultures.Count == 0 ? null : cultures.Find(parsed.UICultures[0].Value);
    }

    // Only a change is written: a response with Set-Cookie is not stored by the output cache, and a visitor
    // without the cookie reading the default language needs none.
    private void Remember(HttpContext http, CultureInfo culture)
    {
        var remembered = RememberedCulture(http);
        var hasCookie = http.Request.Cookies.ContainsKey(CookieRequestCultureProvider.DefaultCookieName);
        if (remembered is not null ? string.Equals(remembered.Name, culture.Name, StringComparison.OrdinalIgnoreCase) : !hasCookie && cultures.IsDefault(culture))
        {
            return;
        }

        var now = (http.RequestServices?.GetService<TimeProvider>() ?? TimeProvider.System).GetUtcNow();
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions
            {
                Expires = now + Remembered,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                // The visitor chose the language of the pages they asked for: a preference the shop needs to keep it.
                IsEssential = true,
                Path = "/",
            });
    }

    // A browser's own navigation from a bookmark, a typed address or another site (Fetch metadata), never a click
    // inside the shop (the language switcher). Clients that send no such header (crawlers, scripts) are not redirected.
    private static bool ComesFromElsewhere(HttpContext http) =>
        http.Request.Headers["Sec-Fetch-Mode"] == "navigate" && http.Request.Headers["Sec-Fetch-Site"].ToString() is "none" or "cross-site";
}
