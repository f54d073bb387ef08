namespace Store.Content.Home;

/// <summary>
/// One section of the home page, arranged by the merchandiser: shown in <see cref="Position"/> order when
/// <see cref="IsVisible"/>. Which fields count depends on <see cref="Kind"/> (see the module's README).
/// </summary>
public sealed class HomeSection
{
    public const int HeadingMaxLength = 200;
    public const int TextMaxLength = 1_000;
    public const int UrlMaxLength = 500;
    public const int ItemsMaxLength = 4_000;
    public const int MaxCount = 24;

    public int Id { get; set; }

    public HomeSectionKind Kind { get; set; }

    public int Position { get; set; }

    public bool IsVisible { get; set; } = true;

    public string? Heading { get; set; }

    public string? Text { get; set; }

    public string? ImageUrl { get; set; }

    public string? ImageAlt { get; set; }

    public string? LinkText { get; set; }

    public string? LinkUrl { get; set; }

    /// <summary>Featured: product slugs; Categories: category slugs (none: the top-level ones). One per line, in display order.</summary>
    public string Items { get; set; } = string.Empty;

    /// <summary>New arrivals and on sale: how many products to show.</summary>
    public int Count { get; set; } = 8;

    public IReadOnlyList<string> ItemList => SplitItems(Items);

    public static IReadOnlyList<string> SplitItems(string? items) =>
        (items ?? string.Empty).Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList();
}
