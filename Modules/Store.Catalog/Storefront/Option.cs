namespace Store.Catalog.Storefront;

public sealed record Option(string Value, string Label, bool Selected);
