using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Products;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary>
/// <c>/admin/catalog/products/delete?ids=…</c>: the products (with their variants and pictures) that a delete would remove,
/// from the list's bulk action or a product's page; the form posts the same ids.
/// </summary>
[RequirePermission("Catalog.ManageProducts")]
public sealed class ProductsDeleteModel(StoreDbContext db, ProductEditor editor, IStringLocalizer<ProductsDeleteModel> localizer) : PageModel
{
    public const int MaxAtOnce = 200;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length is 0 or > MaxAtOnce)
        {
            return BadRequest(localizer["Choose between 1 and {0} products to delete.", MaxAtOnce].Value);
        }

        Rows = await db.Set<Product>().AsNoTracking().Where(p => ids.Contains(p.Id)).OrderBy(p => p.Name)
            .Select(p => new Row(p.Id, p.Name, p.Status, p.Variants.Count(), p.Images.Count(), p.Variants.Sum(v => v.Stock)))
            .ToListAsync(cancellationToken);
        return Rows.Count == 0 ? NotFound() : Page();
    }

    public async Task<IActionResult> OnPostAsync(int[] ids, CancellationToken cancellationToken)
    {
        if (ids.Length is 0 or > MaxAtOnce)
        {
            return BadRequest(localizer["Choose between 1 and {0} products to delete.", MaxAtOnce].Value);
        }

        TempData["Message"] = await editor.DeleteAsync(ids, cancellationToken) ? localizer["Deleted {0} product(s).", ids.Length].Value : localizer["Those products were already deleted."].Value;
        return Redirect("/admin/catalog/products");
    }

    public sealed record Row(int Id, string Name, ProductStatus Status, int Variants, int Pictures, int Stock);
}
