namespace Store.Catalog.Products;

public sealed record ProductImageDetails(string Key, string Alt);
