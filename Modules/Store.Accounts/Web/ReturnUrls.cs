using System.Text;

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

        return url.Any(c => char.IsControl(c) || c == '\\') ? fallback : Escaped(url) ?? fallback;
    }

    // A Location header carries ASCII only: Kestrel throws (a 500) on "/。evil.test". Percent-encoding
    // what is not printable ASCII keeps the path on this site and makes it a valid header; a lone
    // surrogate cannot be encoded, so it falls back.
    private static string? Escaped(string url)
    {
        if (url.All(c => c is > ' ' and < '\u007f'))
        {
            return url;
        }

        var escaped = new StringBuilder(url.Length * 3);
        Span<byte> bytes = stackalloc byte[4];
        for (var i = 0; i < url.Length; i++)
        {
            if (url[i] is > ' ' and < '\u007f')
            {
                escaped.Append(url[i]);
                continue;
            }

            if (!Rune.TryGetRuneAt(url, i, out var rune))
            {
                return null;
            }

            var length = rune.EncodeToUtf8(bytes);
            foreach (var b in bytes[..length])
            {
                escaped.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }

            i += rune.Utf16SequenceLength - 1;
        }

        return escaped.ToString();
    }
}
