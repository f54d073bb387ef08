namespace Store.Catalog.Media;

/// <summary>Bound from <c>Catalog:Media</c>.</summary>
public sealed class MediaOptions
{
    public const string Section = "Catalog:Media";

    /// <summary>Folder of the file-system store; empty means <c>App_Data/media</c> under the content root.</summary>
    public string? Root { get; set; }

    public int MaxUploadBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Larger images are refused before decoding, so a small file cannot expand into gigabytes of pixels.</summary>
    public int MaxPixels { get; set; } = 40_000_000;
}
