namespace Store.Catalog.PriceLists;

/// <summary>A variant's base price (minor units of the base currency) and the prices fixed in selling currencies.</summary>
public sealed record VariantPricesResponse(int VariantId, string Sku, string BaseCurrency, long Price, long? CompareAtPrice, IReadOnlyList<PriceInput> Prices);
