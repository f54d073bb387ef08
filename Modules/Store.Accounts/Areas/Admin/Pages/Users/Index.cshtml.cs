using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Admin;
using Store.Accounts.Roles;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Accounts.Areas.Admin.Pages.Users;

[RequirePermission("Accounts.ManageUsers")]
public sealed class IndexModel(UserDirectory directory, StoreDbContext db) : PageModel
{
    [FromQuery(Name = "q")]
    public string? Q { get; set; }

    [FromQuery(Name = "role")]
    public string? Role { get; set; }

    [FromQuery(Name = "page")]
    public int PageNumber { get; set; } = 1;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public UserPage Result { get; private set; } = new([], 1, UserDirectory.PageSize, 0);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Q?.Length > 256 || Role?.Length > 256 || PageNumber is < 1 or > 100_000 || !ModelState.IsValid)
        {
            return BadRequest();
        }

        Roles = await db.Set<Role>().OrderBy(r => r.Name).Select(r => r.Name!).ToListAsync(cancellationToken);
        Result = await directory.SearchAsync(Q, Role, PageNumber, cancellationToken);
        return Page();
    }

    public string PageUrl(int page)
    {
        var query = new Dictionary<string, string?> { ["page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (!string.IsNullOrEmpty(Q))
        {
            query["q"] = Q;
        }

        if (!string.IsNullOrEmpty(Role))
        {
            query["role"] = Role;
        }

        return QueryHelpers.AddQueryString("/admin/users", query);
    }
}
