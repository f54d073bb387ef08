namespace Store.Catalog.Translations;

/// <summary>
/// One entity's text in one culture, as the editor (or a recipe) sends it: an empty field shows the default
/// culture's text. <see cref="Choices"/> maps an attribute's choice values to their translations.
/// <see cref="Version"/> is the row's version the form was opened at (0 when there was none); null overwrites.
/// </summary>
public sealed record ContentTranslationInput(
    string? Name,
    string? Description = null,
    string? SeoTitle = null,
    string? SeoDescription = null,
    IReadOnlyDictionary<string, string>? Choices = null,
    int? Version = null);
