namespace Store.Catalog.Products;

/// <summary>A slug a product used to have: links to it answer 301 to the current slug.</summary>
public sealed class ProductSlugRedirect
{
    public string Slug { get; set; } = string.Empty;

    public int ProductId { get; set; }
}
