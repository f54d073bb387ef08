namespace Store.Catalog.Search;

/// <summary>
/// Products whose lowest price (after any sale) is fixed in the shopper's currency, with the filter's bounds in that
/// currency: the index tests these against <see cref="Min"/>/<see cref="Max"/> instead of their base price.
/// </summary>
internal sealed record ShownPriceFilter(IReadOnlyDictionary<int, long> Prices, long? Min, long? Max);
