using System.Globalization;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;

namespace Store.Core.Liquid;

/// <summary>What a template may know about the current request. Form tokens are made only when a template asks.</summary>
public sealed class RequestView(HttpContext http)
{
    private AntiforgeryTokenSet? _tokens;

    public string Path => http.Request.Path.Value ?? "/";

    public string PathAndQuery => Path + http.Request.QueryString.Value;

    public string Culture => CultureInfo.CurrentUICulture.Name;

    /// <summary>The hidden form field for antiforgery, to be output with <c>| raw</c>.</summary>
    public string Antiforgery
    {
        get
        {
            var tokens = Tokens;
            return $"<input type=\"hidden\" name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}\">";
        }
    }

    public string? Query(string name) => http.Request.Query[name].FirstOrDefault();

    private AntiforgeryTokenSet Tokens =>
        _tokens ??= ((IAntiforgery)http.RequestServices.GetService(typeof(IAntiforgery))!).GetAndStoreTokens(http);
}
