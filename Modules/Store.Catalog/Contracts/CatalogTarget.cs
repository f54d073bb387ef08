namespace Store.Catalog.Contracts;

/// <summary>A category or product as a rule names it (promotions, coupons): id, slug, name; <see cref="ParentId"/> for categories.</summary>
public sealed record CatalogTarget(int Id, string Slug, string Name, int? ParentId = null);
