namespace Store.Catalog.Storefront;

public sealed record Link(string Name, string Url);
