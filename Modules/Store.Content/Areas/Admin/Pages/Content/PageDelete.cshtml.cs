using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Store.Content.Menus;
using Store.Content.Pages;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/pages/{id}/delete</c>: says what goes (the page, its address, the menu links to it), then deletes.</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class PageDeleteModel(StoreDbContext db, PageEditor editor) : PageModel
{
    public DeleteConfirmation? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var page = await db.Set<ContentPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var links = await db.Set<MenuItem>().AsNoTracking().Where(m => m.Url == page.Url).Select(m => m.Menu + " menu: " + m.Label).ToListAsync(cancellationToken);
        var also = new List<string> { $"Its address {page.Url}, and the old addresses that lead to it, will answer \"Page not found\"." };
        also.AddRange(links.Select(l => $"The link in the {l} will lead to \"Page not found\" until you change it."));
        Confirmation = new DeleteConfirmation($"Delete the page \u201c{page.Title}\u201d?", $"The page \u201c{page.Title}\u201d ({(page.IsPublished ? "published" : "draft")}) and its text will be deleted.", also, "Delete the page", $"/admin/content/pages/{id}");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await editor.DeleteAsync(id, cancellationToken) ? "Page deleted." : "That page was already deleted.";
        return Redirect("/admin/content/pages");
    }
}
