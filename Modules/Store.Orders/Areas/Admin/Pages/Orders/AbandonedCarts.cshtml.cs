using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Store.Core.Security;
using Store.Orders.Abandoned;
using Store.Orders.Admin;
using Store.Orders.Reports;

namespace Store.Orders.Areas.Admin.Pages.Orders;

// Services come from the request: the report and its rows are internal to the module.
/// <summary>Abandoned-cart reminders over a range of the shop's days (the last 30 by default): sent, recovered orders, recovered revenue.</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class AbandonedCartsModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    internal AbandonedCartSummary? Summary { get; private set; }

    internal ShopTime Time { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var services = HttpContext.RequestServices;
        Time = services.GetRequiredService<ShopTime>();
        var (from, to, errors) = services.GetRequiredService<SalesReports>().Range(From, To);
        if (errors.Count > 0)
        {
            Errors = errors.Values.SelectMany(e => e).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        From = from.ToString("yyyy-MM-dd");
        To = to.ToString("yyyy-MM-dd");
        Summary = await services.GetRequiredService<AbandonedCartReport>().ForAsync(Time.StartUtc(from), Time.StartUtc(to.AddDays(1)), cancellationToken);
    }
}
