namespace Store.Catalog.Products;

/// <summary>One picture of a product; <see cref="MediaKey"/> names the re-encoded file in the media store.</summary>
public sealed class ProductImage
{
    public const int AltMaxLength = 300;

    public int Id { get; set; }

    public int ProductId { get; set; }

    public string MediaKey { get; set; } = string.Empty;

    public string Alt { get; set; } = string.Empty;

    public int SortOrder { get; set; }
}
