namespace Store.Catalog.Categories;

/// <summary>Create or replace a category; <see cref="Parent"/> is the parent's slug, empty for a top-level category.</summary>
public sealed record CategoryRequest(string? Name, string? Slug, string? Description, string? Parent, int SortOrder = 0);
