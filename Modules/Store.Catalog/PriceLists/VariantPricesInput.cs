namespace Store.Catalog.PriceLists;

/// <summary>A variant's whole price list: the currencies left out go back to the converted base price.</summary>
public sealed record VariantPricesInput(int VariantId, IReadOnlyList<PriceInput>? Prices);
