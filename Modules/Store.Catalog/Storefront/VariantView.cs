namespace Store.Catalog.Storefront;

/// <summary>
/// One variant as the product page offers it: <see cref="Label"/> for the plain select ("M / Red"), prices
/// already formatted for the page's culture so the script shows exactly what the server would.
/// </summary>
public sealed record VariantView(
    int Id,
    string Label,
    IReadOnlyList<string> Options,
    string Sku,
    long Price,
    string PriceText,
    long? CompareAtPrice,
    string? CompareAtText,
    int Stock,
    string StockState,
    ImageView? Image,
    bool Selected)
{
    public bool InStock => Stock > 0;

    public bool OnSale => CompareAtPrice is { } was && was > Price;

    /// <summary>"Lowest price in the previous 30 days", formatted; null when the shop does not show it.</summary>
    public string? PriorLowText { get; init; }

    /// <summary>The prior price shows only beside a discount.</summary>
    public bool ShowsPriorLow => OnSale && PriorLowText is not null;
}
