namespace Store.Catalog.Storefront;

/// <summary>One value of an option picker: <see cref="Value"/> is what the page's script matches variants on, <see cref="Label"/> what the shopper reads.</summary>
public sealed record OptionValueView(string Value, string Label, bool Selected, bool Unavailable);
