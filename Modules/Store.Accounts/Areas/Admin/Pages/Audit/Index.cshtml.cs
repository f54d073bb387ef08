using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Accounts.Audit;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.Audit;

/// <summary>The audit log: every role change, lock and unlock (and API client change), newest first.</summary>
[RequirePermission("Accounts.ManageUsers")]
public sealed class IndexModel(AuditLog log) : PageModel
{
    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<AuditView> Entries { get; private set; } = [];

    public int PageCount { get; private set; } = 1;

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (PageNumber is < 1 or > 100_000 || !ModelState.IsValid)
        {
            return BadRequest();
        }

        PageCount = Math.Max(1, (await log.CountAsync(cancellationToken) + AuditLog.PageSize - 1) / AuditLog.PageSize);
        Entries = await log.PageAsync(PageNumber, cancellationToken);
        return Page();
    }
}
