namespace Store.Core.Liquid;

/// <summary>The shop-wide values every template sees as <c>site</c>.</summary>
public sealed record SiteView(string Name, string Currency, string Year);
