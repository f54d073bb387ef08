using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Orders.Returns;

namespace Store.Orders.Areas.Admin.Pages.Returns;

// Services come from the request: the return desk and queries are internal to the module.
/// <summary>One return for staff: what and why, and the next step (approve or reject, mark received, refund through Payments).</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class DetailModel(IStringLocalizer<DetailModel> localizer) : PageModel
{
    public ReturnView Return { get; private set; } = null!;

    [TempData]
    public string? Message { get; set; }

    [TempData]
    public string? Error { get; set; }

    public async Task<IActionResult> OnGetAsync(string number, string? refunded, string? error, CancellationToken cancellationToken)
    {
        if (await HttpContext.RequestServices.GetRequiredService<ReturnQueries>().FindAsync(number, cancellationToken) is not { } found)
        {
            return NotFound();
        }

        Return = found;
        // Payments' refund answers back here with what it did.
        Message ??= refunded is not null ? localizer["Refunded; the customer has been emailed with the credit note."].Value : null;
        Error ??= error;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string number, string? to, string? note, CancellationToken cancellationToken)
    {
        if (to is null || !Enum.TryParse<ReturnStatus>(to, out var status) || int.TryParse(to, out _))
        {
            Error = localizer["Choose a step."];
            return Redirect($"/admin/returns/{Uri.EscapeDataString(number)}");
        }

        var outcome = await HttpContext.RequestServices.GetRequiredService<ReturnDesk>().MoveAsync(number, status, note, CurrentUser.IdOf(User)!, cancellationToken);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Number is null)
        {
            Error = string.Join(" ", outcome.Errors.Values);
        }
        else
        {
            Message = localizer["The return is now {0}; the customer has been emailed.", Orders.AdminFormat.ReturnStatus(localizer, status.ToString())];
        }

        return Redirect($"/admin/returns/{Uri.EscapeDataString(number)}");
    }
}
