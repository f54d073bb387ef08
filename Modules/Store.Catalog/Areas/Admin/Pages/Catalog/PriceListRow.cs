namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>One variant's row of the price-list form: per selling currency, the price and compare-at as typed (major units, empty: converted).</summary>
public sealed class PriceListRow
{
    public int VariantId { get; set; }

    public List<PriceListCell> Cells { get; set; } = [];
}

/// <summary>One currency's fields in a <see cref="PriceListRow"/>.</summary>
public sealed class PriceListCell
{
    public string Currency { get; set; } = string.Empty;

    public string? Price { get; set; }

    public string? CompareAtPrice { get; set; }
}
