using Microsoft.AspNetCore.Http;

namespace Store.Core.Privacy;

/// <summary>
/// The visitor's answer to the cookie banner, kept in an essential cookie (<c>all.{visitorId}</c> or
/// <c>essential.{visitorId}</c>). Pages read it to show the banner or not, so the output cache keeps one copy of a
/// page per answer (<see cref="CacheKey"/>), never one per visitor.
/// </summary>
public static class CookieChoice
{
    public const string CookieName = ".Store.Cookies";
    public const string All = "all";
    public const string Essential = "essential";

    /// <summary>How long an answer stands before the banner asks again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(180);

    public static string? Of(HttpContext http) => Parse(http)?.Choice;

    public static string? VisitorOf(HttpContext http) => Parse(http)?.Visitor;

    public static KeyValuePair<string, string> CacheKey(HttpContext http) => new("cookies", Of(http) ?? "none");

    public static void Set(HttpContext http, string choice, string visitor, DateTimeOffset now) =>
        http.Response.Cookies.Append(CookieName, choice + "." + visitor, new CookieOptions
        {
            Expires = now + Lifetime,
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            IsEssential = true,
            Path = "/",
        });

    private static (string Choice, string? Visitor)? Parse(HttpContext http)
    {
        var value = http.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        var dot = value.IndexOf('.', StringComparison.Ordinal);
        var choice = dot < 0 ? value : value[..dot];
        var visitor = dot < 0 || value.Length - dot - 1 is < 1 or > 40 ? null : value[(dot + 1)..];
        return choice is All or Essential ? (choice, visitor) : null;
    }
}
