using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Security;
using Store.Orders.Admin;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Shipments;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>One order for staff: lines, totals, address, payment, refunds and history, the moves the table allows, shipments and documents.</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class DetailModel(OrderAdminQueries queries, StatusChanges changes, IStringLocalizer<DetailModel> localizer) : PageModel
{
    public AdminOrderDetail Order { get; private set; } = null!;

    /// <summary>The ship form's token, made when the page is shown: a second submit of the same form ships nothing more.</summary>
    public string ShipKey { get; } = Guid.NewGuid().ToString("n");

    public IReadOnlyList<string> Carriers => Service<ShipmentTracking>().Carriers;

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
            Error = localizer["Choose the status to move the order to."];
            return Redirect($"/admin/orders/{Uri.EscapeDataString(number)}");
        }

        var outcome = await changes.ChangeAsync(number, status, CurrentUser.IdOf(User)!, note, cancellationToken);
        switch (outcome.Result)
        {
            case TransitionResult.NotFound:
                return NotFound();
            case TransitionResult.Done:
                Message = localizer["The order is now {0}; the customer has been emailed.", outcome.Status is { } moved ? OrderStatusLabels.Of(localizer, moved) : ""];
                break;
            default:
                Error = outcome.Message;
                break;
        }

        return Redirect($"/admin/orders/{Uri.EscapeDataString(number)}");
    }

    public async Task<IActionResult> OnPostShipAsync(string number, Dictionary<int, string>? lines, string? carrier, string? trackingNumber, string? trackingUrl, string? key, CancellationToken cancellationToken)
    {
        var quantities = new Dictionary<int, int>();
        foreach (var (lineId, text) in lines ?? [])
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (!int.TryParse(text, out var quantity))
            {
                Error = localizer["Each quantity to ship is a whole number."];
                return Back(number);
            }

            quantities[lineId] = quantity;
        }

        var outcome = await Service<ShipmentDesk>().ShipAsync(number, new ShipmentRequest(quantities, carrier, trackingNumber, trackingUrl, key), CurrentUser.IdOf(User)!, cancellationToken);
        switch (outcome.Result)
        {
            case ShipmentResult.NotFound:
                return NotFound();
            case ShipmentResult.Done:
                Message = outcome.Repeated ? localizer["Shipment {0} was already recorded.", outcome.Sequence ?? 0] : localizer["Shipment {0} is recorded; the customer has been emailed.", outcome.Sequence ?? 0];
                break;
            default:
                Error = outcome.Message;
                break;
        }

        return Back(number);
    }

    public async Task<IActionResult> OnPostDeliveredAsync(string number, int shipment, CancellationToken cancellationToken)
    {
        var outcome = await Service<ShipmentDesk>().MarkDeliveredAsync(number, shipment, CurrentUser.IdOf(User)!, cancellationToken);
        switch (outcome.Result)
        {
            case ShipmentResult.NotFound:
                return NotFound();
            case ShipmentResult.Done:
                Message = localizer["Shipment {0} is delivered.", shipment];
                break;
            default:
                Error = outcome.Message;
                break;
        }

        return Back(number);
    }

    public async Task<IActionResult> OnPostResendAsync(string number, string document, CancellationToken cancellationToken)
    {
        if (!await Service<DocumentMailer>().SendAgainAsync(number, document, cancellationToken))
        {
            return NotFound();
        }

        Message = localizer["{0} is on its way to the customer again.", document];
        return Back(number);
    }

    // The shipment and document services are internal to the module, so this public page model asks for them per request.
    private T Service<T>()
        where T : notnull => HttpContext.RequestServices.GetRequiredService<T>();

    private RedirectResult Back(string number) => Redirect($"/admin/orders/{Uri.EscapeDataString(number)}");
}
