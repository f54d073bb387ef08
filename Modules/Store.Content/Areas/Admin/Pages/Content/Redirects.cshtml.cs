using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Content.Seo;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Content.Areas.Admin.Pages.Content;

/// <summary><c>/admin/content/redirects</c>: old addresses sent on to new ones (<see cref="RedirectEditor"/>).</summary>
[RequirePermission(ContentPermissions.ManageContentName)]
public sealed class RedirectsModel(StoreDbContext db, RedirectEditor editor, IStringLocalizer<RedirectsModel> localizer) : PageModel
{
    public IReadOnlyList<UrlRedirect> Rows { get; private set; } = [];

    [BindProperty]
    public RedirectInput Input { get; set; } = new();

    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Rows = await db.Set<UrlRedirect>().AsNoTracking().OrderBy(r => r.FromPath).ToListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await editor.AddAsync(Input, cancellationToken);
        if (result.IsSaved)
        {
            Message = localizer["Added: {0} \u2192 {1}.", result.Value!.FromPath, result.Value.ToPath];
            return RedirectToPage();
        }

        Errors = result.Errors;
        await OnGetAsync(cancellationToken);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        if (!await editor.DeleteAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Message = localizer["Redirect deleted."];
        return RedirectToPage();
    }
}
