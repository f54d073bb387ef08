using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Core.Data;
using Store.Core.Security;
using Store.Core.Sites;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>The merchandiser's product list: drafts included, search and filters, bulk publish, unpublish and delete.</summary>
[RequirePermission("Catalog.ManageProducts")]
public sealed class ProductsModel(StoreDbContext db, ProductEditor editor, SiteState site, IStringLocalizer<ProductsModel> localizer) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Category { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public int Total { get; private set; }

    public IReadOnlyList<(CategoryNode Node, int Depth)> Categories { get; private set; } = [];

    public string Currency { get; private set; } = "USD";

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Currency = await site.CurrencyAsync(cancellationToken);
        var tree = await CategoryTree.LoadAsync(db, cancellationToken);
        Categories = tree.Flatten();
        var products = db.Set<Product>().AsNoTracking();
        var sku = Q?.Trim();
        foreach (var word in SearchText.Words(Q))
        {
            products = products.Where(p => p.SearchName.Contains(word) || p.Variants.Any(v => v.Sku == sku));
        }

        products = Status switch
        {
            "published" => products.Where(p => p.Status == ProductStatus.Published),
            "draft" => products.Where(p => p.Status == ProductStatus.Draft),
            _ => products,
        };
        if (!string.IsNullOrEmpty(Category) && tree.FindBySlug(Category) is { } category)
        {
            var ids = tree.SelfAndDescendants(category.Id);
            products = products.Where(p => p.Categories.Any(c => ids.Contains(c.CategoryId)));
        }

        Total = await products.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, Math.Max(1, (Total + PageSize - 1) / PageSize));
        Rows = await products
            .OrderByDescending(p => p.UpdatedUtc).ThenByDescending(p => p.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(p => new Row(
                p.Id, p.Name, p.Slug,
                p.Variants.OrderBy(v => v.Position).Select(v => v.Sku).FirstOrDefault() ?? string.Empty,
                p.Variants.Min(v => (long?)v.Price) ?? 0,
                p.Variants.Sum(v => v.Stock),
                p.Variants.Count(),
                p.Status, p.UpdatedUtc,
                p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefault()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostBulkAsync(string? operation, int[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            Message = localizer["Select at least one product first."];
            return RedirectToPage();
        }

        switch (operation)
        {
            case "publish":
                await editor.SetPublishedAsync(ids, true, cancellationToken);
                Message = localizer["Published {0} product(s).", ids.Length];
                break;
            case "unpublish":
                await editor.SetPublishedAsync(ids, false, cancellationToken);
                Message = localizer["Moved {0} product(s) back to draft.", ids.Length];
                break;
            case "delete":
                // Deleting asks first, on a page that lists what will go.
                return Redirect("/admin/catalog/products/delete?" + string.Join('&', ids.Distinct().Select(id => "ids=" + id.ToString(System.Globalization.CultureInfo.InvariantCulture))));
            default:
                Message = localizer["Choose what to do with the selected products."];
                break;
        }

        return RedirectToPage(new { Q, Status, Category });
    }

    public sealed record Row(int Id, string Name, string Slug, string Sku, long Price, int Stock, int VariantCount, ProductStatus Status, DateTime UpdatedUtc, string? ImageKey)
    {
        public string? ThumbUrl => ImageKey is null ? null : Media.MediaUrls.Of(ImageKey, Media.MediaVariant.Thumb);
    }
}
