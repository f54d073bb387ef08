namespace Store.Content.Seo;

/// <summary>How an address is compared: decoded, without query string or trailing slash, ignoring case.</summary>
internal static class RedirectPaths
{
    public static readonly StringComparer Comparer = StringComparer.OrdinalIgnoreCase;

    // The shop's own machinery: a redirect here could lock staff out of the admin or break the API and the setup.
    private static readonly string[] Reserved = ["/admin", "/api", "/health", "/setup", "/error", "/session", "/media", "/assets", "/sitemap.xml", "/sitemaps", "/robots.txt"];

    public static string Normalize(string path)
    {
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        return trimmed.Length == 0 ? "/" : trimmed;
    }

    /// <summary>The local path a target leads to (its query string dropped), or null for another site.</summary>
    public static string? LocalPathOf(string target)
    {
        if (!target.StartsWith('/'))
        {
            return null;
        }

        var end = target.IndexOfAny(['?', '#']);
        return Normalize(Uri.UnescapeDataString(end < 0 ? target : target[..end]));
    }

    public static bool IsReserved(string path) =>
        Reserved.Any(r => path.Equals(r, StringComparison.OrdinalIgnoreCase) || path.StartsWith(r + "/", StringComparison.OrdinalIgnoreCase));
}
