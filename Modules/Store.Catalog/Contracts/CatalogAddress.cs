namespace Store.Catalog.Contracts;

/// <summary>A public catalog page (a published product or a category) and when it last changed: a sitemap's entry.</summary>
public sealed record CatalogAddress(string Path, DateTime UpdatedUtc);
