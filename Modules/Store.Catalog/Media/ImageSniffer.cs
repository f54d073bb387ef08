namespace Store.Catalog.Media;

/// <summary>Recognises an image by its first bytes, never by its file name or declared content type.</summary>
public static class ImageSniffer
{
    public static string? FormatOf(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 3 && head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
        {
            return "jpg";
        }

        if (head.Length >= 8 && head[..8].SequenceEqual(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }))
        {
            return "png";
        }

        if (head.Length >= 12 && head[..4].SequenceEqual("RIFF"u8) && head[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }

        return null;
    }

    /// <summary>True for text that looks like SVG/XML, so the refusal can say why.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head[..Math.Min(head.Length, 512)]).TrimStart('\uFEFF', ' ', '\r', '\n', '\t');
        return text.StartsWith("<svg", StringComparison.OrdinalIgnoreCase) ||
            (text.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && text.Contains("<svg", StringComparison.OrdinalIgnoreCase));
    }
}
