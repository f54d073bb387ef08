namespace Store.Content.Snippets;

/// <summary>The places a snippet can fill, and what the admin calls them.</summary>
public static class SnippetKeys
{
    /// <summary>Under the add-to-cart form of every product page.</summary>
    public const string ProductShipping = "product-shipping";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [ProductShipping] = "Shipping and returns, on every product page",
    };
}
