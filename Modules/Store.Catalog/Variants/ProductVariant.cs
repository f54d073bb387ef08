namespace Store.Catalog.Variants;

/// <summary>
/// What is sold: one combination of the product's option values, with its own SKU (unique across the shop),
/// price, stock and picture. A product without options has exactly one variant with no option values.
/// </summary>
public sealed class ProductVariant
{
    public const int SkuMaxLength = 64;
    public const int BarcodeMaxLength = 64;

    public int Id { get; set; }

    public int ProductId { get; set; }

    /// <summary>Order on the product page and in the editor's grid, from 0.</summary>
    public int Position { get; set; }

    public string Sku { get; set; } = string.Empty;

    /// <summary>The value of the product's first option (null when the product has fewer options).</summary>
    public string? Option1 { get; set; }

    public string? Option2 { get; set; }

    public string? Option3 { get; set; }

    /// <summary>Minor units of the shop's currency.</summary>
    public long Price { get; set; }

    public long? CompareAtPrice { get; set; }

    public int Stock { get; set; }

    public string? Barcode { get; set; }

    /// <summary>The media key of one of the product's images; null shows the product's first image.</summary>
    public string? ImageKey { get; set; }

    /// <summary>Overrides the product's tax category (a code); null: the product's.</summary>
    public string? TaxCategory { get; set; }

    /// <summary>Shipping weight of one unit in grams (0 when not given), for shipping methods priced by weight.</summary>
    public int WeightGrams { get; set; }

    /// <summary>The option values in option order (as many as the product has options).</summary>
    public IEnumerable<string> OptionValues() => new[] { Option1, Option2, Option3 }.TakeWhile(v => v is not null)!;
}
