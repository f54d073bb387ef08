namespace Store.Catalog.Products;

public sealed record ProductCategoryDetails(int Id, string Name, string Slug);
