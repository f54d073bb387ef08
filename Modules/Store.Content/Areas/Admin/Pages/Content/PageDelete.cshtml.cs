using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Menus;
using Store.Content.Pages;
using Store.Core.Admin;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/pages/{id}/delete</c>: says what goes (the page, its address, the menu links to it), then deletes.</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class PageDeleteModel(StoreDbContext db, PageEditor editor, IStringLocalizer<PageDeleteModel> localizer) : PageModel
{
    public DeleteConfirmation? Confirmation { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var page = await db.Set<ContentPage>().AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        var links = await db.Set<MenuItem>().AsNoTracking().Where(m => m.Url == page.Url).Select(m => new { m.Menu, m.Label }).ToListAsync(cancellationToken);
        var also = new List<string> { localizer["Its address {0}, and the old addresses that lead to it, will answer \"Page not found\".", page.Url] };
        also.AddRange(links.Select(l => localizer["The link in the {0} menu: {1} will lead to \"Page not found\" until you change it.", l.Menu, l.Label].Value));
        var summary = page.IsPublished
            ? localizer["The page \u201c{0}\u201d (published) and its text will be deleted.", page.Title]
            : localizer["The page \u201c{0}\u201d (draft) and its text will be deleted.", page.Title];
        Confirmation = new DeleteConfirmation(localizer["Delete the page \u201c{0}\u201d?", page.Title], summary, also, localizer["Delete the page"], $"/admin/content/pages/{id}");
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        TempData["Message"] = await editor.DeleteAsync(id, cancellationToken) ? localizer["Page deleted."].Value : localizer["That page was already deleted."].Value;
        return Redirect("/admin/content/pages");
    }
}
