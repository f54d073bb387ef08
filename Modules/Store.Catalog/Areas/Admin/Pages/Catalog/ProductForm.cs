using Microsoft.AspNetCore.Http;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The product editor's fields as the browser posts them (prices as typed, in major units).</summary>
public sealed class ProductForm
{
    public string? Name { get; set; }

    public string? Slug { get; set; }

    public string? Sku { get; set; }

    public string? Price { get; set; }

    public string? CompareAtPrice { get; set; }

    public string? Stock { get; set; }

    /// <summary>The stock the editor showed when it was opened (a hidden field).</summary>
    public string? StockShown { get; set; }

    public string? Description { get; set; }

    public string? SeoTitle { get; set; }

    public string? SeoDescription { get; set; }

    public List<string> Categories { get; set; } = [];

    public Dictionary<string, string?> Attributes { get; set; } = [];

    public List<ImageRow> Images { get; set; } = [];

    public List<IFormFile> Uploads { get; set; } = [];
}
