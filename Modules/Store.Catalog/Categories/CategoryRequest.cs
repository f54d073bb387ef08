namespace Store.Catalog.Categories;

/// <summary>
/// Create or replace a category; <see cref="Parent"/> is the parent's slug, empty for a top-level category;
/// <see cref="ReturnDays"/> the days after delivery its products may be returned (0 to 365; 0 none; null the shop's default).
/// </summary>
public sealed record CategoryRequest(string? Name, string? Slug, string? Description, string? Parent, int SortOrder = 0, int? ReturnDays = null);
