namespace Store.Catalog.Contracts;

/// <summary>A published product by its names: id, name and slug.</summary>
public sealed record PublishedProduct(int Id, string Name, string Slug);
