namespace Store.Catalog.Products;

/// <summary>Shoppers and the public API see only <see cref="Published"/> products.</summary>
public enum ProductStatus
{
    Draft = 0,
    Published = 1,
}
