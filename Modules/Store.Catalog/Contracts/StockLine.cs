namespace Store.Catalog.Contracts;

/// <summary>A quantity of one variant to reserve or release.</summary>
public sealed record StockLine(int VariantId, int Quantity);
