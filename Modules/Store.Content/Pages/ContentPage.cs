namespace Store.Content.Pages;

/// <summary>A page the merchandiser writes (About, FAQ…), shown at <c>/pages/{slug}</c> once published.</summary>
public sealed class ContentPage
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 50_000;
    public const int MetaTitleMaxLength = 200;
    public const int MetaDescriptionMaxLength = 400;

    public int Id { get; set; }

    public string Title { get; set; } = string.Empty;

    public string Slug { get; set; } = string.Empty;

    public string Markdown { get; set; } = string.Empty;

    /// <summary>Rendered and sanitized when saved (<see cref="Store.Core.Text.SafeMarkdown"/>): pages never render Markdown.</summary>
    public string Html { get; set; } = string.Empty;

    public bool IsPublished { get; set; }

    public string? MetaTitle { get; set; }

    public string? MetaDescription { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public string Url => "/pages/" + Slug;
}
