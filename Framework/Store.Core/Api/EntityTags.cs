using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Store.Core.Api;

/// <summary>
/// Optimistic concurrency on the API (README, "Edit conflicts"): a record's version travels as a strong
/// <c>ETag</c> (<c>"7"</c>), and a write that sends it back in <c>If-Match</c> is refused with 412 when the
/// record has changed since. A write without <c>If-Match</c> (or with <c>*</c>) saves over any version, as
/// before versions existed.
/// </summary>
public static class EntityTags
{
    /// <summary>Version a request's <c>If-Match</c> can never name: the write is refused with 412.</summary>
    public const int Unmatchable = -1;

    public static string Of(int version) => "\"" + version.ToString(CultureInfo.InvariantCulture) + "\"";

    /// <summary>Sets the response's <c>ETag</c> to <paramref name="version"/>.</summary>
    public static void Send(HttpContext http, int version) => http.Response.Headers.ETag = Of(version);

    /// <summary>
    /// The version the request's <c>If-Match</c> expects: null when the header is absent or <c>*</c> (no check);
    /// <see cref="Unmatchable"/> for anything but one of our strong tags (a weak tag never matches, RFC 9110 13.1.1).
    /// </summary>
    public static int? IfMatch(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        if (header.Length == 0 || header == "*")
        {
            return null;
        }

        return header.Length > 2 && header[0] == '"' && header[^1] == '"'
            && int.TryParse(header.AsSpan(1, header.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : Unmatchable;
    }
}
