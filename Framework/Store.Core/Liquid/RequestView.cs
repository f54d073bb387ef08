using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Store.Core.Email;

namespace Store.Core.Liquid;

/// <summary>What a template may know about the current request. Form tokens are made only when a template asks.</summary>
public sealed class RequestView(HttpContext http)
{
    private AntiforgeryTokenSet? _tokens;

    public string Path => http.Request.Path.Value ?? "/";

    public string PathAndQuery => Path + http.Request.QueryString.Value;

    public string Culture => CultureInfo.CurrentUICulture.Name;

    /// <summary>The shop's public origin (<see cref="EmailOptions.PublicOrigin"/>), for absolute URLs in tags search engines and link previews read.</summary>
    public string Origin => ((EmailOptions?)http.RequestServices.GetService(typeof(EmailOptions)))?.PublicOrigin(http) ?? string.Empty;

    /// <summary>
    /// The page's one address for search engines: the path, keeping only <c>page</c> past the first. Filters,
    /// sorting, a chosen variant or picture are views of the same page, so they point at it rather than compete.
    /// </summary>
    public string Canonical
    {
        get
        {
            var page = http.Request.Query["page"].FirstOrDefault();
            var keepPage = int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 1;
            return Origin + http.Request.Path.ToUriComponent() + (keepPage ? "?page=" + number.ToString(CultureInfo.InvariantCulture) : string.Empty);
        }
    }

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

    private AntiforgeryTokenSet Tokens =>
        _tokens ??= ((IAntiforgery)http.RequestServices.GetService(typeof(IAntiforgery))!).GetAndStoreTokens(http);
}
