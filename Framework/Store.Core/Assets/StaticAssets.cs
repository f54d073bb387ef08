using System.Security.Cryptography;
using Microsoft.AspNetCore.StaticFiles;
using Store.Core.Modules;

namespace Store.Core.Assets;

/// <summary>
/// CSS, JS and images embedded under <c>wwwroot/</c> in Core, the modules and the theme (the theme wins),
/// read once at start-up with a content hash, so URLs can carry the hash and be cached for a year.
/// </summary>
public sealed class StaticAssets
{
    private const string Prefix = "wwwroot/";
    private readonly Dictionary<string, StaticAsset> _assets = new(StringComparer.OrdinalIgnoreCase);

    public StaticAssets(ModuleCatalog modules)
    {
        var types = new FileExtensionContentTypeProvider();
        foreach (var assembly in modules.TemplateSources)
        {
            foreach (var resource in assembly.GetManifestResourceNames().Where(r => r.StartsWith(Prefix, StringComparison.Ordinal)))
            {
                using var stream = assembly.GetManifestResourceStream(resource)!;
                using var buffer = new MemoryStream();
                stream.CopyTo(buffer);
                var bytes = buffer.ToArray();
                var path = resource[Prefix.Length..].Replace('\\', '/');
                var hash = Convert.ToHexStringLower(SHA256.HashData(bytes))[..12];
                var contentType = types.TryGetContentType(path, out var type) ? type : "application/octet-stream";
                _assets[path] = new StaticAsset(path, bytes, contentType, hash);
            }
        }
    }

    public StaticAsset? Find(string path) => _assets.GetValueOrDefault(path.TrimStart('/'));

    /// <summary>The URL of an asset with its content hash, e.g. <c>/assets/site.css?v=3fa2c0d1e9b8</c>.</summary>
    public string UrlOf(string path) =>
        Find(path) is { } asset ? $"/assets/{asset.Path}?v={asset.Hash}" : $"/assets/{path.TrimStart('/')}";
}

public sealed record StaticAsset(string Path, byte[] Content, string ContentType, string Hash);
