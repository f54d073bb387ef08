namespace Store.Catalog.Contracts;

/// <summary>A published product's variant with few units left, for the order admin's dashboard.</summary>
public sealed record LowStockVariant(int ProductId, int VariantId, string ProductName, string Sku, int Stock);
