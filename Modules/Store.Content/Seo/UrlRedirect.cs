namespace Store.Content.Seo;

/// <summary>An old address of the shop (a page of the previous site, a retired campaign) sent on to a new one.</summary>
public sealed class UrlRedirect
{
    public const int PathMaxLength = 500;

    public int Id { get; set; }

    /// <summary>A path of this shop, without query string, without a trailing slash; matched ignoring case.</summary>
    public string FromPath { get; set; } = string.Empty;

    /// <summary>A path of this shop (may carry a query string) or an <c>https://</c> address.</summary>
    public string ToPath { get; set; } = string.Empty;

    /// <summary>301 (moved for good: search engines move the page's rank) or 302 (for now).</summary>
    public int StatusCode { get; set; } = 301;

    public DateTime CreatedUtc { get; set; }
}
