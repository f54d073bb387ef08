using System.Text.RegularExpressions;

namespace Store.Catalog.Media;

/// <summary>
/// Media keys are the content hash plus the format's extension (<c>3fa2...c0.jpg</c>): a URL always names
/// the same bytes, so responses are cached for a year.
/// </summary>
public static partial class MediaUrls
{
    public static string Of(string key, MediaVariant variant) => $"/media/{variant.ToString().ToLowerInvariant()}/{key}";

    public static bool IsKey(string key) => KeyPattern().IsMatch(key);

    /// <summary>The file name of a variant in the store: the original keeps the key.</summary>
    public static string FileName(string key, MediaVariant variant) =>
        variant == MediaVariant.Original ? key : $"{Path.GetFileNameWithoutExtension(key)}-{variant.ToString().ToLowerInvariant()}{Path.GetExtension(key)}";

    public static string ContentType(string key) => Path.GetExtension(key) switch
    {
        ".jpg" => "image/jpeg",
        ".png" => "image/png",
        _ => "image/webp",
    };

    [GeneratedRegex("^[0-9a-f]{32}\\.(jpg|png|webp)$", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
