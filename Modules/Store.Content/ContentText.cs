namespace Store.Content;

internal static class ContentText
{
    /// <summary>Trimmed text, or null for nothing but spaces: optional fields store null, never "".</summary>
    public static string? OrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
