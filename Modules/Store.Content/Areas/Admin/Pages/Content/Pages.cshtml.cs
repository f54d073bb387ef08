using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Store.Content.Pages;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/pages</c>: every content page, drafts included.</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class PagesModel(StoreDbContext db) : PageModel
{
    public IReadOnlyList<ContentPage> Rows { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<ContentPage>().AsNoTracking().OrderBy(p => p.Title).ToListAsync(cancellationToken);
}
