namespace Store.Catalog.Contracts;

/// <summary>What later modules (cart, orders) may know of a published product; prices are minor units of the shop currency.</summary>
public sealed record CatalogProductSnapshot(int Id, string Name, string Slug, string Sku, long Price, int Stock, string? ImageUrl);
