using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Attributes;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary><c>/admin/catalog/attributes/{id}/delete</c>: how many products lose their value, then the delete.</summary>
[RequirePermission("Catalog.ManageAttributes")]
public sealed class AttributeDeleteModel(StoreDbContext db, AttributeEditor editor) : PageModel
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
            $"Delete the attribute \u201c{attribute.Name}\u201d?",
            $"The attribute \u201c{attribute.Name}\u201d will be deleted.",
            [
                values == 0 ? "No product has a value for it." : $"The {attribute.Name} value of {values} product(s) goes with it.",
                $"Shoppers can no longer filter by {attribute.Name}.",
            ],
            "Delete the attribute",
            "/admin/catalog/attributes");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await editor.DeleteAsync(id, cancellationToken) ? "Attribute deleted, with its values on every product." : "The attribute does not exist.";
        return Redirect("/admin/catalog/attributes");
    }
}
