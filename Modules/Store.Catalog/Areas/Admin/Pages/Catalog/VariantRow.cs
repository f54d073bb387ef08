using Microsoft.Extensions.Localization;

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

    /// <summary>"S / Red"; a product without options names its one row in the reader's language.</summary>
    public string LabelIn(IStringLocalizer localizer) => Values.Count == 0 ? localizer["(no options)"] : string.Join(" / ", Values);
}
