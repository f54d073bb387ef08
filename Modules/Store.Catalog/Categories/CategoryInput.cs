namespace Store.Catalog.Categories;

/// <summary>A category as a merchandiser sends it; a null slug keeps the current one (or is made from the name).</summary>
public sealed record CategoryInput(string? Name, string? Slug, string? Description, string? Parent, int SortOrder = 0);
