namespace Store.Content.Snippets;

/// <summary>A short text the shop shows in a fixed place (see <see cref="SnippetKeys"/>), written in Markdown.</summary>
public sealed class ContentSnippet
{
    public const int MaxLength = 4_000;

    public string Key { get; set; } = string.Empty;

    public string Markdown { get; set; } = string.Empty;

    /// <summary>Rendered and sanitized when saved.</summary>
    public string Html { get; set; } = string.Empty;
}
