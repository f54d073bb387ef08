using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Security;
using Store.Orders.Returns;

namespace Store.Orders.Areas.Admin.Pages.Returns;

/// <summary>Returns and withdrawals for staff: open ones first, newest first; a status filter.</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class IndexModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    public IReadOnlyList<ReturnView> Returns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var status = Enum.TryParse<ReturnStatus>(Status, ignoreCase: true, out var s) && !int.TryParse(Status, out _) ? s : (ReturnStatus?)null;
        Status = status?.ToString();
        Returns = await HttpContext.RequestServices.GetRequiredService<ReturnQueries>().ListAsync(status, 200, cancellationToken);
    }
}
