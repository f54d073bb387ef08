using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Security;
using Store.Orders.Contracts;
using Store.Payments.Data;
using Store.Payments.Refunds;

namespace Store.Payments.Areas.Admin.Pages.Payments;

/// <summary>An order's payment for Order managers: provider, session, payment, refunds; refund (full or part) and staff cancel.</summary>
[RequirePermission("Orders.ManageOrders")]
// The refunder is resolved from the services: a public page model cannot name the module's internal types.
public sealed class OrderPaymentModel(StoreDbContext db, IOrderPayments orders, IServiceProvider services, IStringLocalizer<OrderPaymentModel> localizer) : PageModel
{
    private Refunder Refunder => services.GetRequiredService<Refunder>();

    [BindProperty(SupportsGet = true)]
    public string Number { get; set; } = "";

    /// <summary>In the order's currency, e.g. 12.50; empty refunds everything left.</summary>
    [BindProperty]
    public string? Amount { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    public PayableOrder Order { get; private set; } = null!;

    internal IReadOnlyList<PaymentSession> Sessions { get; private set; } = [];

    internal IReadOnlyList<PaymentRefund> Refunds { get; private set; } = [];

    public string? Error { get; private set; }

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostRefundAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        long? minor = null;
        if (!string.IsNullOrWhiteSpace(Amount))
        {
            minor = RefundAmounts.Parse(Amount, Order.Currency);
            if (minor is null)
            {
                return Fail(localizer["Give the amount in {0}, e.g. 12.50, or leave it empty to refund everything left.", Order.Currency], badInput: true);
            }
        }

        var result = await Refunder.RefundAsync(Number, minor, Reason, CurrentUser.IdOf(User)!, cancellationToken);
        return await AfterAsync(result, localizer["Refunded."], cancellationToken);
    }

    public async Task<IActionResult> OnPostCancelAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        var result = await Refunder.CancelAsync(Number, CurrentUser.IdOf(User)!, Reason, cancellationToken);
        return await AfterAsync(result, Order.PaidUtc is null ? localizer["The order is cancelled."] : localizer["The order is cancelled and refunded in full."], cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(RefundResult result, string done, CancellationToken cancellationToken)
    {
        if (result.Status == RefundStatus.Done)
        {
            Message = done;
            return RedirectToPage(new { Number });
        }

        await LoadAsync(cancellationToken);
        // An amount the refunder refuses is bad input; anything else (not paid, already refunded, the provider) a conflict.
        return Fail(result.Message ?? localizer["That did not work."], badInput: result.Status == RefundStatus.Invalid);
    }

    private PageResult Fail(string error, bool badInput)
    {
        Error = error;
        var page = Page();
        page.StatusCode = badInput ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
        return page;
    }

    internal string SessionState(PaymentSessionStatus status) => status switch
    {
        PaymentSessionStatus.Open => localizer["Open"],
        PaymentSessionStatus.Processing => localizer["Processing"],
        PaymentSessionStatus.Paid => localizer["Paid"],
        PaymentSessionStatus.Failed => localizer["Failed"],
        PaymentSessionStatus.Expired => localizer["Expired"],
        _ => status.ToString(),
    };

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await orders.FindAsync(Number, cancellationToken) is not { } order)
        {
            return false;
        }

        Order = order;
        Sessions = await db.Set<PaymentSession>().AsNoTracking().Where(s => s.OrderNumber == Number).OrderBy(s => s.Attempt).ToListAsync(cancellationToken);
        Refunds = await db.Set<PaymentRefund>().AsNoTracking().Where(r => r.OrderNumber == Number).OrderBy(r => r.Id).ToListAsync(cancellationToken);
        return true;
    }
}
