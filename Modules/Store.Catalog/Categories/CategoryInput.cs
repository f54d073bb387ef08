namespace Store.Catalog.Categories;

/// <summary>
/// A category as a merchandiser sends it; a null slug keeps the current one (or is made from the name). <see cref="Version"/>
/// is the one the merchandiser opened (the save is refused when the category moved on since); null saves over any.
/// <see cref="ReturnDays"/>: days after delivery its products may be returned (0 none, null the shop's default).
/// </summary>
public sealed record CategoryInput(string? Name, string? Slug, string? Description, string? Parent, int SortOrder = 0, int? Version = null, int? ReturnDays = null);
