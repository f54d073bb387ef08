namespace Store.Core.Admin;

/// <summary>One link in the admin navigation; shown only to users holding <see cref="Permission"/>.</summary>
public sealed record AdminMenuItem(string Title, string Url, string Permission, int Order = 100, string Group = "Store");
