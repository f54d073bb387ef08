namespace Store.Content.Home;

/// <summary>A section's fields as the admin form and the recipe send them; <c>Items</c> is one slug per line.</summary>
public sealed record HomeSectionInput(
    HomeSectionKind Kind,
    bool Visible,
    string? Heading,
    string? Text,
    string? ImageUrl,
    string? ImageAlt,
    string? LinkText,
    string? LinkUrl,
    string? Items,
    int? Count);
