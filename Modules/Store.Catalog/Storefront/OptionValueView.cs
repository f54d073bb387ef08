namespace Store.Catalog.Storefront;

public sealed record OptionValueView(string Value, bool Selected, bool Unavailable);
