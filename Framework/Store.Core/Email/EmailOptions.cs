using Microsoft.AspNetCore.Http;

namespace Store.Core.Email;

/// <summary>Bound from the <c>Email</c> configuration section.</summary>
public sealed class EmailOptions
{
    public const string Section = "Email";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>Where messages go as <c>.eml</c> files when no SMTP host is set; relative to the content root.</summary>
    public string PickupDirectory { get; set; } = Path.Combine("App_Data", "mail");

    /// <summary>The shop's public address for links in emails, e.g. <c>https://shop.example</c>; required outside Development (there, empty uses the request's host).</summary>
    public string BaseUrl { get; set; } = string.Empty;

    /// <summary>
    /// The one origin of every absolute URL the shop writes (email links, JSON-LD): <see cref="BaseUrl"/>, which start-up
    /// requires outside Development, so a forged <c>Host</c> header never reaches a link; in Development without it, the request's.
    /// </summary>
    public string PublicOrigin(HttpContext? request)
    {
        // With the page's culture prefix (/fr, Localization/CulturePaths): links made for the visitor stay in their language.
        return RootOrigin(request) + Localization.CulturePaths.PrefixOf(request);
    }

    /// <summary>As <see cref="PublicOrigin"/>, without the culture prefix: the root of the shop, whichever language a request is in.</summary>
    public string RootOrigin(HttpContext? request)
    {
        var origin = BaseUrl.TrimEnd('/');
        return origin.Length == 0 && request is not null
            ? $"{request.Request.Scheme}://{request.Request.Host}{Localization.CulturePaths.RootOf(request)}"
            : origin;
    }

    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failure; each later failure doubles it, up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; set; } = TimeSpan.FromSeconds(30);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the sender looks for due messages besides being woken when one is written.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How long a node may hold a message it is sending before another node may take it.</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    public bool UsesSmtp => !string.IsNullOrWhiteSpace(Smtp.Host);
}
