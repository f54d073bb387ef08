namespace Store.Catalog.Products;

public sealed record ProductImageResponse(string Key, string Alt, string Url, string ThumbUrl);
