using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Attributes;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary><c>/admin/catalog/attributes/{id}/delete</c>: how many products lose their value, then the delete.</summary>
[RequirePermission("Catalog.ManageAttributes")]
public sealed class AttributeDeleteModel(StoreDbContext db, AttributeEditor editor, IStringLocalizer<AttributeDeleteModel> localizer) : PageModel
{
    public DeleteConfirmation? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var attribute = await db.Set<AttributeDefinition>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (attribute is null)
        {
            return NotFound();
        }

        var values = await db.Set<ProductAttributeValue>().Where(v => v.AttributeId == id).Select(v => v.ProductId).Distinct().CountAsync(cancellationToken);
        Confirmation = new DeleteConfirmation(
            localizer["Delete the attribute \u201c{0}\u201d?", attribute.Name],
            localizer["The attribute \u201c{0}\u201d will be deleted.", attribute.Name],
            [
                values == 0 ? localizer["No product has a value for it."] : localizer["The {0} value of {1} product(s) goes with it.", attribute.Name, values],
                localizer["Shoppers can no longer filter by {0}.", attribute.Name],
            ],
            localizer["Delete the attribute"],
            "/admin/catalog/attributes");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await editor.DeleteAsync(id, cancellationToken) ? localizer["Attribute deleted, with its values on every product."].Value : localizer["The attribute does not exist."].Value;
        return Redirect("/admin/catalog/attributes");
    }
}
