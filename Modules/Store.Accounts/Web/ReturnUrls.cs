namespace Store.Accounts.Web;

/// <summary>Return URLs come from the query string, so only paths on this site are followed (no open redirect).</summary>
public static class ReturnUrls
{
    public static string Safe(string? url, string fallback = "/account")
    {
        if (string.IsNullOrEmpty(url) || url.Length > 2000 || url[0] != '/')
        {
            return fallback;
        }

        // "//host" and "/\host" are read by browsers as another site; control characters can smuggle either.
        if (url.Length > 1 && (url[1] == '/' || url[1] == '\\'))
        {
            return fallback;
        }

        return url.Any(c => char.IsControl(c) || c == '\\') ? fallback : url;
    }
}
