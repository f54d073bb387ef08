using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Orders.Admin;
using Store.Orders.Contracts;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>One order for staff: lines, totals, address, payment, refunds and history, and the moves the table allows.</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class DetailModel(OrderAdminQueries queries, StatusChanges changes) : PageModel
{
    public AdminOrderDetail Order { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken)
    {
        if (await queries.DetailAsync(number, cancellationToken) is not { } order)
        {
            return NotFound();
        }

        Order = order;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, string? to, string? note, CancellationToken cancellationToken)
    {
        if (to is null || !Enum.TryParse<OrderStatus>(to, out var status) || int.TryParse(to, out _))
        {
            Error = "Choose the status to move the order to.";
            return Redirect($"/admin/orders/{Uri.EscapeDataString(number)}");
        }

        var outcome = await changes.ChangeAsync(number, status, CurrentUser.IdOf(User)!, note, cancellationToken);
        switch (outcome.Result)
        {
            case TransitionResult.NotFound:
                return NotFound();
            case TransitionResult.Done:
                Message = $"The order is now {outcome.Status}; the customer has been emailed.";
                break;
            default:
                Error = outcome.Message;
                break;
        }

        return Redirect($"/admin/orders/{Uri.EscapeDataString(number)}");
    }
}
