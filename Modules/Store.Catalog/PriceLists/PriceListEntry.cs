namespace Store.Catalog.PriceLists;

/// <summary>
/// A variant's price fixed in one selling currency (minor units of that currency); the README's "Price lists" says
/// where it wins over the converted base price.
/// </summary>
internal sealed class PriceListEntry
{
    public int VariantId { get; set; }

    public string Currency { get; set; } = string.Empty;

    public long Price { get; set; }

    /// <summary>Null: the base compare-at price converted.</summary>
    public long? CompareAtPrice { get; set; }
}
