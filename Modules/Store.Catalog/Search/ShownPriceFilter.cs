namespace Store.Catalog.Search;

/// <summary>
/// Products whose lowest price (after any sale) is fixed in the shopper's currency, with the filter's bounds in that
/// currency: the index tests these against <see cref="Min"/>/<see cref="Max"/> instead of their base price.
/// </summary>
internal sealed record ShownPriceFilter(IReadOnlyDictionary<int, long> Prices, long? Min, long? Max)
{
    /// <summary>
    /// For sorting by price, per product of <see cref="Prices"/>: the lowest base price shown above its fixed price
    /// (<c>Above</c>) and the lowest shown at it or above (<c>AtLeast</c>), so the index places it among the converted
    /// products by comparing base prices only (README, "Price lists"). Null when the list is not sorted by price.
    /// </summary>
    public IReadOnlyDictionary<int, (long Above, long AtLeast)>? Places { get; init; }
}
