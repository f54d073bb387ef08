namespace Store.Catalog.Contracts;

/// <summary>A quantity of one product to reserve or release.</summary>
public sealed record StockLine(int ProductId, int Quantity);
