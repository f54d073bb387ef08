using Store.Catalog.Categories;

namespace Store.Catalog.Products;

public sealed class ProductCategory
{
    public int ProductId { get; set; }

    public int CategoryId { get; set; }

    public Category? Category { get; set; }
}
