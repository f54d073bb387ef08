namespace Store.Catalog.Categories;

public sealed record CategoryResponse(int Id, string Name, string Slug, string Description, string? Parent, int SortOrder, string Url, IReadOnlyList<CategoryResponse> Children);

/// <summary>Create or replace a category; <see cref="Parent"/> is the parent's slug, empty for a top-level category.</summary>
public sealed record CategoryRequest(string? Name, string? Slug, string? Description, string? Parent, int SortOrder = 0);
