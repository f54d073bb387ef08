namespace Store.Catalog.Storefront;

/// <summary>An active filter shown above the results; its link is the same list without it.</summary>
public sealed record FilterChip(string Name, string Value, string RemoveUrl);
