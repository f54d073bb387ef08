namespace Store.Catalog.Translations;

/// <summary>
/// One product's, category's, attribute's or product option's text in one culture other than the default. A field left null shows
/// the default culture's text, field by field (README, "Translated content"). Not a foreign key: the row names
/// its entity by kind and id, and ids are never reused, so a deleted entity's rows are simply never read.
/// </summary>
public sealed class ContentTranslation
{
    public const int CultureMaxLength = 16;

    public int Id { get; set; }

    public ContentKind Kind { get; set; }

    public int EntityId { get; set; }

    /// <summary>A culture name of <c>Localization:Cultures</c> ("fr").</summary>
    public string Culture { get; set; } = string.Empty;

    public string? Name { get; set; }

    /// <summary>A product's Markdown description, or a category's plain description.</summary>
    public string? Description { get; set; }

    /// <summary>A product's description rendered and sanitized on save, as the product editor does.</summary>
    public string? DescriptionHtml { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    /// <summary>An attribute's choice values, or an option's values: the default culture's value to this culture's.</summary>
    public Dictionary<string, string> Choices { get; set; } = [];

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Goes up by one on every save; the editor sends the one it read (see <see cref="EditConflict"/>).</summary>
    public int Version { get; set; }
}
