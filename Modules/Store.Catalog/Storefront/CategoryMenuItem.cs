namespace Store.Catalog.Storefront;

/// <summary>A top-level category in the header's menu, with the categories right below it.</summary>
public sealed record CategoryMenuItem(string Name, string Url, IReadOnlyList<Link> Children);
