namespace Store.Catalog.Storefront;

public sealed record AttributeView(string Name, string Value);
