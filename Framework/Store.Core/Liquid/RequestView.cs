using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Store.Core.Email;
using Store.Core.Localization;

namespace Store.Core.Liquid;

/// <summary>What a template may know about the current request. Form tokens are made only when a template asks.</summary>
public sealed class RequestView(HttpContext http)
{
    private AntiforgeryTokenSet? _tokens;
    private IReadOnlyList<LanguageLink>? _languages;

    public string Path => http.Request.Path.Value ?? "/";

    public string PathAndQuery => Path + http.Request.QueryString.Value;

    public string Culture => CultureInfo.CurrentUICulture.Name;

    /// <summary>The shop's public origin (<see cref="EmailOptions.PublicOrigin"/>), for absolute URLs in tags search engines and link previews read.</summary>
    public string Origin => ((EmailOptions?)http.RequestServices.GetService(typeof(EmailOptions)))?.PublicOrigin(http) ?? string.Empty;

    /// <summary>
    /// The page's one address for search engines: the path, keeping only <c>page</c> past the first. Filters,
    /// sorting, a chosen variant or picture are views of the same page, so they point at it rather than compete.
    /// </summary>
    public string Canonical => Languages.FirstOrDefault(l => l.Current)?.Url ?? Origin + CanonicalPath;

    private string CanonicalPath
    {
        get
        {
            var page = http.Request.Query["page"].FirstOrDefault();
            var keepPage = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1;
            return http.Request.Path.ToUriComponent() + (keepPage ? "?page=" + number.ToString(CultureInfo.InvariantCulture) : string.Empty);
        }
    }

    /// <summary>The culture prefix of the page (<c>/fr</c>), empty in the default culture: for links scripts build.</summary>
    public string UrlPrefix => CulturePaths.PrefixOf(http);

    /// <summary><c>rtl</c> for a right-to-left culture (and the <c>qps-plocm</c> pseudo-locale), else <c>ltr</c>.</summary>
    public string Dir => PseudoLocales.IsRightToLeft(CultureInfo.CurrentUICulture) ? "rtl" : "ltr";

    /// <summary>
    /// The page in each of the shop's languages, default first, for <c>hreflang</c> alternates and the language switcher;
    /// empty on pages that are the same in every language (<see cref="CulturePaths"/>). The pseudo-locales are left out.
    /// </summary>
    public IReadOnlyList<LanguageLink> Languages => _languages ??= BuildLanguages();

    /// <summary>The hidden form field for antiforgery, to be output with <c>| raw</c>.</summary>
    public string Antiforgery
    {
        get
        {
            var tokens = Tokens;
            return $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}\">";
        }
    }

    /// <summary>The visitor's answer to the cookie banner (<c>all</c>, <c>essential</c>), or null: the banner shows.</summary>
    public string? CookieChoice => Privacy.CookieChoice.Of(http);

    public string? Query(string name) => http.Request.Query[name].FirstOrDefault();

    private List<LanguageLink> BuildLanguages()
    {
        if (CulturePaths.CultureOf(http) is not { } current || http.RequestServices.GetService(typeof(ShopCultures)) is not ShopCultures cultures)
        {
            return [];
        }

        // Every language hangs off the shop's root; the switcher keeps the query, minus an old ?culture=.
        var root = ((EmailOptions?)http.RequestServices.GetService(typeof(EmailOptions)))?.RootOrigin(http) ?? string.Empty;
        var rootPath = CulturePaths.RootOf(http).ToUriComponent();
        var query = QueryString.Create(http.Request.Query.Where(q => !q.Key.Equals("culture", StringComparison.OrdinalIgnoreCase)));
        var pathAndQuery = http.Request.Path.ToUriComponent() + query.ToUriComponent();
        var canonical = CanonicalPath;
        return cultures.Advertised
            .Select(c => new LanguageLink(
                c.Name,
                c.TextInfo.ToTitleCase(c.NativeName.Split(" (")[0]),
                root + CulturePaths.UrlIn(cultures, c, canonical),
                rootPath + CulturePaths.UrlIn(cultures, c, pathAndQuery),
                string.Equals(c.Name, current.Name, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    private AntiforgeryTokenSet Tokens =>
        _tokens ??= ((IAntiforgery)http.RequestServices.GetService(typeof(IAntiforgery))!).GetAndStoreTokens(http);
}
