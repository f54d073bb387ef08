using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Localization;
using Store.Core.Api;

namespace Store.Core.Forms;

/// <summary>
/// A form whose values cannot be read as their fields' types (a checkbox posted as <c>abc</c>, a number as text) never
/// reaches its handler, so nothing is saved; the shopper or merchandiser is sent back (303) to the page the form was
/// on, which shows <see cref="Message"/> (and, from Razor Pages, which fields) at the top. Browsers never send such
/// values from our forms; scripts and edited requests do, and they get an answer a person can act on instead of a
/// bare 400. What was typed is not kept: the page shows its stored values again.
/// </summary>
public static class UnreadableForms
{
    public const string Message = "Part of the form could not be read, so nothing was saved. Check the form and send it again.";

    /// <summary>Razor Pages' conversion messages end with this, which tells them from the pages' own validation.</summary>
    internal const string FieldMessageEnd = "could not be read.";

    private const string CookieName = ".Store.FormNotice";
    private const int MaxDetail = 400;

    /// <summary>Sends the request back to its form with the notice; <paramref name="details"/> name the fields when known.</summary>
    public static void SendBack(HttpContext http, IEnumerable<string> details)
    {
        var text = string.Join(" ", details);
        // Never empty ("n" + the details): clients drop a cookie without a value.
        http.Response.Cookies.Append(CookieName, "n" + Uri.EscapeDataString(text.Length > MaxDetail ? text[..MaxDetail] : text), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            MaxAge = TimeSpan.FromMinutes(1),
        });
        http.Response.StatusCode = StatusCodes.Status303SeeOther;
        http.Response.Headers.Location = FormPage(http);
    }

    /// <summary>The notice for this request's page, once: reading it deletes the cookie. Null when there is none.</summary>
    public static string? TakeNotice(HttpContext http)
    {
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value))
        {
            return null;
        }

        http.Response.Cookies.Delete(CookieName);
        var localizer = (IStringLocalizerFactory?)http.RequestServices.GetService(typeof(IStringLocalizerFactory));
        var message = localizer?.Create(typeof(UnreadableForms)).GetString(Message).Value ?? Message;
        var details = value.Length > 1 ? Uri.UnescapeDataString(value[1..]) : string.Empty;
        return details.Length == 0 ? message : $"{message} {details}";
    }

    /// <summary>
    /// The page the form was on: the Referer when it is this site's own page, else the posted path (forms here are
    /// posted to the page that shows them). Never another site, so the redirect cannot be pointed elsewhere.
    /// </summary>
    private static string FormPage(HttpContext http)
    {
        var referer = http.Request.Headers.Referer.ToString();
        if (Uri.TryCreate(referer, UriKind.Absolute, out var uri)
            && string.Equals(uri.Authority, http.Request.Host.Value, StringComparison.OrdinalIgnoreCase)
            && uri.PathAndQuery.StartsWith('/') && !uri.PathAndQuery.StartsWith("//", StringComparison.Ordinal))
        {
            return uri.PathAndQuery;
        }

        return http.Request.PathBase + http.Request.Path;
    }

    /// <summary>True for a page form endpoint (not the JSON API, which answers problem details) that binds a form.</summary>
    internal static bool IsPageForm(Endpoint? endpoint) =>
        endpoint is not null && !endpoint.IsApi()
        && endpoint.Metadata.GetMetadata<IAcceptsMetadata>() is { } accepts
        && accepts.ContentTypes.Any(t => t.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) || t.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase));

    /// <summary>A refused antiforgery token is a different answer (400, unchanged); only unreadable values come back.</summary>
    internal static bool AntiforgeryFailed(HttpContext http) => http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: false };
}
