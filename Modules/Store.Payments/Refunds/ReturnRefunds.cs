using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Orders;
using Store.Orders.Contracts;

namespace Store.Payments.Refunds;

/// <summary>
/// <c>POST /admin/returns/{number}/refund</c> (the return page's Refund button, <c>Orders.ManageOrders</c>): claims the
/// received return, refunds the amount through the usual partial refund (credit note and refund email included),
/// then completes the return; a refused refund puts the return back to Received. Answers back on the return's page.
/// </summary>
internal static class ReturnRefunds
{
    public static void MapReturnRefunds(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/admin/returns/{number}/refund", async (string number, [FromForm] string? amount, HttpContext http, IOrderReturns returns, IOrderPayments orders, Refunder refunder, CancellationToken cancellationToken) =>
        {
            var page = "/admin/returns/" + Uri.EscapeDataString(number);
            if (await returns.OrderOfReceivedAsync(number, cancellationToken) is not { } orderNumber || await orders.FindAsync(orderNumber, cancellationToken) is not { } order)
            {
                return Results.Redirect(page + "?error=" + Uri.EscapeDataString("Only a received return can be refunded."));
            }

            if (RefundAmounts.Parse(amount, order.Currency) is not { } minor)
            {
                return Results.Redirect(page + "?error=" + Uri.EscapeDataString($"Give the amount in {order.Currency}, e.g. 12.50."));
            }

            var by = CurrentUser.IdOf(http.User)!;
            if (await returns.ClaimRefundAsync(number, minor, by, cancellationToken) is { } refused)
            {
                return Results.Redirect(page + "?error=" + Uri.EscapeDataString(refused));
            }

            var result = await refunder.RefundAsync(orderNumber, minor, $"Return {number}", by, cancellationToken);
            if (result.Status != RefundStatus.Done)
            {
                await returns.ReleaseRefundAsync(number, cancellationToken);
                return Results.Redirect(page + "?error=" + Uri.EscapeDataString(result.Message ?? "The refund did not go through."));
            }

            await returns.CompleteRefundAsync(number, by, cancellationToken);
            return Results.Redirect(page + "?refunded=1");
        }).RequireAuthorization(OrdersPermissions.ManageOrders.PolicyName).RequireAntiforgery();
}
