namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>One row of the editor's variant grid as the browser posts it (prices as typed, in major units).</summary>
public sealed class VariantRow
{
    public int? Id { get; set; }

    /// <summary>The row's option values, in option order (hidden fields).</summary>
    public List<string> Values { get; set; } = [];

    public string? Sku { get; set; }

    public string? Price { get; set; }

    public string? CompareAtPrice { get; set; }

    public string? Stock { get; set; }

    /// <summary>The stock the grid showed when it was opened: unchanged, the current stock is kept.</summary>
    public string? StockShown { get; set; }

    public string? Barcode { get; set; }

    public string? ImageKey { get; set; }

    /// <summary>Grams per unit, as typed.</summary>
    public string? WeightGrams { get; set; }

    /// <summary>Overrides the product's tax category; empty: the product's.</summary>
    public string? TaxCategory { get; set; }

    /// <summary>Ticked for a bulk "set price" / "set stock".</summary>
    public bool Selected { get; set; }

    public string Label => Values.Count == 0 ? "(no options)" : string.Join(" / ", Values);
}
