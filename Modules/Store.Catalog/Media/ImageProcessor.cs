using System.Security.Cryptography;
using SkiaSharp;

namespace Store.Catalog.Media;

/// <summary>
/// Accepts JPEG, PNG and WebP by content, decodes them (which proves they are images), re-encodes them
/// (dropping EXIF and every other metadata block) and makes resized variants on first request. Every
/// decode runs under the process's <see cref="DecodeBudget"/>: JPEG and WebP are downscaled while decoding,
/// and an upload that finds the budget spent for too long gets <see cref="MediaBusyException"/> (503).
/// </summary>
public sealed class ImageProcessor(IMediaStore store, MediaOptions options) : IDisposable
{
    private readonly DecodeBudget _budget = new(options.DecodeBudgetBytes());

    internal DecodeBudget Budget => _budget;

    public void Dispose() => _budget.Dispose();

    /// <summary>The longest side of each variant; the original is kept at most this large too.</summary>
    private static readonly Dictionary<MediaVariant, int> Sizes = new()
    {
        [MediaVariant.Original] = 2400,
        [MediaVariant.Thumb] = 160,
        [MediaVariant.Card] = 480,
        [MediaVariant.Detail] = 1200,
    };

    public int MaxUploadBytes => options.MaxUploadBytes;

    public async Task<ImageUpload> StoreAsync(Stream content, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > options.MaxUploadBytes)
            {
                return ImageUpload.Refused($"The file is too large: images may be at most {options.MaxUploadBytes / (1024 * 1024)} MB.");
            }

            buffer.Write(chunk, 0, read);
        }

        return await StoreAsync(buffer.ToArray(), cancellationToken);
    }

    public async Task<ImageUpload> StoreAsync(byte[] bytes, CancellationToken cancellationToken)
    {
        if (bytes.Length == 0)
        {
            return ImageUpload.Refused("The file is empty.");
        }

        if (bytes.Length > options.MaxUploadBytes)
        {
            return ImageUpload.Refused($"The file is too large: images may be at most {options.MaxUploadBytes / (1024 * 1024)} MB.");
        }

        var format = ImageSniffer.FormatOf(bytes);
        if (format is null)
        {
            return ImageUpload.Refused(ImageSniffer.LooksLikeSvg(bytes)
                ? "SVG images are not accepted (they can carry scripts). Upload a JPEG, PNG or WebP image."
                : "This file is not a JPEG, PNG or WebP image.");
        }

        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data);
        if (codec is null || (long)codec.Info.Width * codec.Info.Height is 0)
        {
            return ImageUpload.Refused("The image could not be read; it may be damaged.");
        }

        if ((long)codec.Info.Width * codec.Info.Height > options.MaxPixels)
        {
            return ImageUpload.Refused($"The image has too many pixels (at most {options.MaxPixels / 1_000_000} megapixels).");
        }

        // JPEG and WebP decode straight to (about) the size that is kept; PNG has no scaled decoding.
        var size = DecodeSize(codec, Sizes[MediaVariant.Original]);
        byte[] encoded;
        using (await ReserveAsync(CostOf(size.Width, size.Height, bytes.Length), cancellationToken))
        {
            using var decoded = Decode(codec, size);
            if (decoded is null)
            {
                return ImageUpload.Refused("The image could not be read; it may be damaged.");
            }

            // Re-encoding drops EXIF, orientation included: turn the pixels the way the camera meant first.
            using var bitmap = ImageOrientation.Apply(decoded, codec.EncodedOrigin);
            encoded = Encode(bitmap, format, Sizes[MediaVariant.Original]);
        }

        var key = Convert.ToHexStringLower(SHA256.HashData(encoded))[..32] + "." + format;
        if (!await store.ExistsAsync(key, cancellationToken))
        {
            await store.SaveAsync(key, encoded, cancellationToken);
        }

        return new ImageUpload(key, null);
    }

    /// <summary>Opens a variant, making and storing it the first time it is asked for. Null when the key is unknown.</summary>
    public async Task<Stream?> OpenAsync(string key, MediaVariant variant, CancellationToken cancellationToken)
    {
        var name = MediaUrls.FileName(key, variant);
        if (await store.OpenReadAsync(name, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var original = await store.OpenReadAsync(key, cancellationToken);
        if (original is null)
        {
            return null;
        }

        using var copy = new MemoryStream();
        await original.CopyToAsync(copy, cancellationToken);
        using var data = SKData.CreateCopy(copy.ToArray());
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var size = DecodeSize(codec, Sizes[variant]);
        byte[] bytes;
        using (await ReserveAsync(CostOf(size.Width, size.Height, (int)copy.Length), cancellationToken))
        {
            using var bitmap = Decode(codec, size);
            if (bitmap is null)
            {
                return null;
            }

            bytes = Encode(bitmap, Path.GetExtension(key).TrimStart('.'), Sizes[variant]);
        }

        await store.SaveAsync(name, bytes, cancellationToken);
        return new MemoryStream(bytes, writable: false);
    }

    /// <summary>
    /// What a decode holds at its peak: the decoded pixels, the upright copy, the resized copy (at most the
    /// kept size) and the file twice (upload buffer and codec copy).
    /// </summary>
    internal static long CostOf(int width, int height, int fileBytes)
    {
        var pixels = (long)width * height;
        var kept = Math.Min(pixels, (long)Sizes[MediaVariant.Original] * Sizes[MediaVariant.Original]);
        return (pixels * 2 * 4) + (kept * 4) + (2L * fileBytes);
    }

    private async Task<IDisposable> ReserveAsync(long bytes, CancellationToken cancellationToken) =>
        await _budget.TryReserveAsync(bytes, options.DecodeWait, cancellationToken) ?? throw new MediaBusyException(options.DecodeWait);

    // The smallest size the codec can decode to that still covers maxSide (JPEG scales by eighths while decoding).
    private static SKSizeI DecodeSize(SKCodec codec, int maxSide)
    {
        var full = codec.Info.Size;
        var scale = (float)maxSide / Math.Max(full.Width, full.Height);
        if (scale >= 1f)
        {
            return full;
        }

        var scaled = codec.GetScaledDimensions(scale);
        return Math.Max(scaled.Width, scaled.Height) >= maxSide ? scaled : full;
    }

    private static SKBitmap? Decode(SKCodec codec, SKSizeI size)
    {
        var info = codec.Info.WithSize(size.Width, size.Height).WithColorType(SKImageInfo.PlatformColorType).WithAlphaType(
            codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>Fits the bitmap within <paramref name="maxSide"/> (never enlarging) and encodes it in <paramref name="format"/>.</summary>
    public static byte[] Encode(SKBitmap bitmap, string format, int maxSide)
    {
        var scale = Math.Min(1d, (double)maxSide / Math.Max(bitmap.Width, bitmap.Height));
        SKBitmap? resized = null;
        if (scale < 1d)
        {
            var size = new SKSizeI(Math.Max(1, (int)Math.Round(bitmap.Width * scale)), Math.Max(1, (int)Math.Round(bitmap.Height * scale)));
            resized = bitmap.Resize(size, new SKSamplingOptions(SKCubicResampler.Mitchell));
        }

        try
        {
            using var image = SKImage.FromBitmap(resized ?? bitmap);
            var (type, quality) = format switch
            {
                "jpg" => (SKEncodedImageFormat.Jpeg, 85),
                "png" => (SKEncodedImageFormat.Png, 100),
                _ => (SKEncodedImageFormat.Webp, 82),
            };
            using var encoded = image.Encode(type, quality);
            return encoded.ToArray();
        }
        finally
        {
            resized?.Dispose();
        }
    }
}
