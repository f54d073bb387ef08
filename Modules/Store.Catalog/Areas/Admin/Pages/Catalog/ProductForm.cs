using Microsoft.AspNetCore.Http;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The product editor's fields as the browser posts them (prices as typed, in major units).</summary>
public sealed class ProductForm
{
    /// <summary>The product's version when the form was opened (a hidden field): a save over a later change is refused.</summary>
    public int? Version { get; set; }

    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Sku { get; set; }

    public string? Price { get; set; }

    public string? CompareAtPrice { get; set; }

    public string? Stock { get; set; }

    /// <summary>The stock the editor showed when it was opened (a hidden field). For a product without options, as are SKU, price and compare-at.</summary>
    public string? StockShown { get; set; }

    /// <summary>A tax category code; empty for the shop's default.</summary>
    public string? TaxCategory { get; set; }

    /// <summary>The one variant's weight in grams (a product without options).</summary>
    public string? WeightGrams { get; set; }

    public string? Description { get; set; }

    /// <summary>Days after delivery it may be returned, as typed: empty for its categories' (else the shop's) period.</summary>
    public string? ReturnDays { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public List<string> Categories { get; set; } = [];

    public Dictionary<string, string?> Attributes { get; set; } = [];

    public List<ImageRow> Images { get; set; } = [];

    public List<IFormFile> Uploads { get; set; } = [];

    /// <summary>Always three rows; an option with no name is not used.</summary>
    public List<OptionRow> Options { get; set; } = [];

    /// <summary>The variant grid (empty for a product without options: the fields above describe its one variant).</summary>
    public List<VariantRow> Variants { get; set; } = [];

    /// <summary>Variants waiting for the removal to be confirmed (hidden fields), so an unconfirmed save never drops them.</summary>
    public List<VariantRow> Removed { get; set; } = [];

    /// <summary>Ticked to delete the variants whose combination the options no longer have.</summary>
    public bool ConfirmRemoval { get; set; }

    public string? BulkPrice { get; set; }

    public string? BulkStock { get; set; }
}
