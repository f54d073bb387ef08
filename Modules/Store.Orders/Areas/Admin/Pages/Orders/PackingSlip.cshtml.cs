using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Store.Core.Security;
using Store.Orders.Admin;
using Store.Orders.Invoices;
using Store.Orders.Shipments;

namespace Store.Orders.Areas.Admin.Pages.Orders;

/// <summary>One shipment's packing slip: a plain page made to be printed and put in the parcel (no prices on it).</summary>
[RequirePermission(OrdersPermissions.ManageOrdersName)]
public sealed class PackingSlipModel(OrderAdminQueries queries, InvoicesOptions seller) : PageModel
{
    public AdminOrderDetail Order { get; private set; } = null!;

    public ShipmentView Shipment { get; private set; } = null!;

    public InvoicesOptions Seller => seller;

    public async Task<IActionResult> OnGetAsync(string number, int sequence, CancellationToken cancellationToken)
    {
        if (await queries.DetailAsync(number, cancellationToken) is not { } order || order.Shipments.FirstOrDefault(s => s.Sequence == sequence) is not { } shipment)
        {
            return NotFound();
        }

        (Order, Shipment) = (order, shipment);
        return Page();
    }
}
