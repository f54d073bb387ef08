namespace Store.Catalog.Products;

public sealed record PageLinks(string Self, string? First, string? Previous, string? Next, string? Last);
