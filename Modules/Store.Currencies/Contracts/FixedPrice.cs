namespace Store.Currencies.Contracts;

/// <summary>
/// A variant's price fixed by a merchandiser in a selling currency (a price list entry), in that currency's minor
/// units: it wins over the conversion from the base price. A null <see cref="CompareAtPrice"/> leaves the compare-at
/// price converted from the base one.
/// </summary>
public sealed record FixedPrice(string Currency, long Price, long? CompareAtPrice);
