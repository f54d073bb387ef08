namespace Store.Catalog.Attributes;

/// <summary>An attribute as a merchandiser sends it; <see cref="Version"/> is the one opened (null saves over any).</summary>
public sealed record AttributeInput(string? Name, string? Slug, AttributeType Type, IReadOnlyList<string> Choices, int SortOrder = 0, int? Version = null);
