namespace Store.Catalog.Attributes;

public sealed record AttributeInput(string? Name, string? Slug, AttributeType Type, IReadOnlyList<string> Choices, int SortOrder = 0);
