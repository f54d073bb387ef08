namespace Store.Catalog.Categories;

public sealed record CategoryResponse(int Id, string Name, string Slug, string Description, string? Parent, int SortOrder, string Url, IReadOnlyList<CategoryResponse> Children, int? ReturnDays = null);
