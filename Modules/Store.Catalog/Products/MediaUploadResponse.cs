namespace Store.Catalog.Products;

public sealed record MediaUploadResponse(string Key, string Url);
