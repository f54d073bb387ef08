using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Core.Security;
using Store.Orders.Reports;

namespace Store.Orders.Areas.Admin.Pages.Reports;

/// <summary>The sales report over a chosen range of the shop's days (the last 30 by default).</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class IndexModel(SalesReports sales) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    public SalesReport? Report { get; private set; }

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (from, to, errors) = sales.Range(From, To);
        if (errors.Count > 0)
        {
            Errors = errors.Values.SelectMany(e => e).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        From = from.ToString("yyyy-MM-dd");
        To = to.ToString("yyyy-MM-dd");
        Report = await sales.BuildAsync(from, to, cancellationToken);
    }
}
