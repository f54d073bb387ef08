namespace Store.Catalog.Search;

/// <summary>One suggestion under the header's search box: a product or a category, and where it leads.</summary>
public sealed record Suggestion(string Name, string Url);
