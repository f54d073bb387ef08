namespace Store.Catalog.PriceLists;

/// <summary>One currency's fixed price for a variant, in minor units of that currency (JPY has none, KWD three).</summary>
public sealed record PriceInput(string? Currency, long? Price, long? CompareAtPrice);
