namespace Store.Catalog.Variants;

/// <summary>One of a product's (up to three) options, such as Size, with its values in the merchandiser's order.</summary>
public sealed class ProductOption
{
    public const int MaxPerProduct = 3;
    public const int NameMaxLength = 50;
    public const int ValueMaxLength = 50;
    public const int MaxValues = 50;

    public int Id { get; set; }

    public int ProductId { get; set; }

    /// <summary>0, 1 or 2: which of a variant's Option1..3 columns holds this option's value.</summary>
    public int Position { get; set; }

    public string Name { get; set; } = string.Empty;

    public List<string> Values { get; set; } = [];
}
