using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Catalog.Categories;
using Store.Catalog.Products;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Catalog.Areas.Admin.Pages.Catalog;

/// <summary><c>/admin/catalog/categories/{id}/delete</c>: what goes with the category, then the delete (refused while it has subcategories).</summary>
[RequirePermission("Catalog.ManageCategories")]
public sealed class CategoryDeleteModel(StoreDbContext db, CategoryEditor editor, IStringLocalizer<CategoryDeleteModel> localizer) : PageModel
{
    public DeleteConfirmation? Confirmation { get; private set; }

    /// <summary>Subcategories that must move or go first; while there are any, nothing can be deleted.</summary>
    public IReadOnlyList<CategoryNode> Children { get; private set; } = [];

    public string Name { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var tree = await CategoryTree.LoadAsync(db, cancellationToken);
        if (tree.Find(id) is not { } category)
        {
            return NotFound();
        }

        Name = category.Name;
        Children = tree.Children(id);
        var products = await db.Set<ProductCategory>().CountAsync(pc => pc.CategoryId == id, cancellationToken);
        Confirmation = new DeleteConfirmation(
            localizer["Delete the category \u201c{0}\u201d?", category.Name],
            localizer["The category \u201c{0}\u201d and its page {1} will be deleted.", category.Name, category.Url],
            [
                products == 0 ? localizer["No product is in it."] : localizer["{0} product(s) leave this category; the products themselves stay in the shop.", products],
                localizer["Links to its page, and menu entries for it, will answer \"Page not found\"."],
            ],
            localizer["Delete the category"],
            "/admin/catalog/categories");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await editor.DeleteAsync(id, cancellationToken) is { } problem ? localizer["Not deleted: {0}", problem].Value : localizer["Category deleted."].Value;
        return Redirect("/admin/catalog/categories");
    }
}
