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

    /// <summary>
    /// Memory all image decodes of the process may hold at once, in MB; 0 (the default) takes an eighth of
    /// the memory available to the process, between 256 MB and 1 GB (two 40-megapixel images at
    /// once). See <see cref="DecodeBudget"/>.
    /// </summary>
    public int DecodeMemoryMB { get; set; }

    /// <summary>How long an upload waits for decode memory before it is answered 503 with this as <c>Retry-After</c>.</summary>
    public TimeSpan DecodeWait { get; set; } = TimeSpan.FromSeconds(10);

    internal long DecodeBudgetBytes()
    {
        const long MB = 1024 * 1024;
        return DecodeMemoryMB > 0
            ? DecodeMemoryMB * MB
            : Math.Clamp(GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 8, 256 * MB, 1024 * MB);
    }
}
