namespace Store.Catalog.Search;

/// <summary>
/// What a shopper asked the product list for, parsed from the URL. Prices are in minor units; the URL
/// carries them in major units ("12.50"). The same shape serves the storefront and the JSON API.
/// </summary>
public sealed record ProductQuery
{
    public const int DefaultPageSize = 24;
    public const int MaxPageSize = 100;

    public string? Text { get; init; }

    public string? Category { get; init; }

    public long? MinPrice { get; init; }

    public long? MaxPrice { get; init; }

    public bool InStockOnly { get; init; }

    /// <summary>Set by the shopper's currency when some products have prices fixed in it (Storefront/ShopperPrices).</summary>
    internal ShownPriceFilter? Shown { get; init; }

    /// <summary>Only products rated this many stars or more on average (1 to 5); null lists every product.</summary>
    public int? MinRating { get; init; }

    /// <summary>Attribute slug to the accepted values (any of them matches).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Attributes { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Option slug ("colour" for Colour) to the accepted values: products with a variant of any of them (in stock, with <see cref="InStockOnly"/>).</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Options { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Null means the default: relevance when searching, newest otherwise.</summary>
    public ProductSort? Sort { get; init; }

    public int Page { get; init; } = 1;

    public int PageSize { get; init; } = DefaultPageSize;

    public ProductSort EffectiveSort => Sort ?? (string.IsNullOrWhiteSpace(Text) ? ProductSort.Newest : ProductSort.Relevance);

    public bool HasFilters =>
        !string.IsNullOrWhiteSpace(Text) || Category is not null || MinPrice is not null || MaxPrice is not null || InStockOnly || MinRating is not null || Attributes.Count > 0 || Options.Count > 0;
}
