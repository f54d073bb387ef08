using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;
using Store.Orders.Contracts;

namespace Store.Payments.Checkout;

/// <summary>
/// The shopper's side under <c>/account/orders/{number}</c> (a signed-in group): the Pay button's target, and
/// the pages Stripe (or the offline page) returns to. Another user's order answers 404.
/// </summary>
internal static class PaymentPages
{
    public static void MapPaymentPages(this IEndpointRouteBuilder orders)
    {
        orders.MapPost("/{number}/pay", async (string number, HttpContext http, PaymentStart start, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
        {
            var outcome = await start.StartAsync(number, UserId(http), cancellationToken);
            return outcome.Result switch
            {
                StartResult.Redirect => Results.Redirect(outcome.Url!),
                StartResult.NotFound => Results.NotFound(),
                _ => await ReturnPageAsync(number, http, payments, time, "Payments/Cancel", null, outcome.Message, StatusCodes.Status409Conflict, cancellationToken),
            };
        }).RequireAntiforgery();

        orders.MapGet("/{number}/payment/success", (string number, HttpContext http, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            ReturnPageAsync(number, http, payments, time, "Payments/Success", null, null, StatusCodes.Status200OK, cancellationToken));

        orders.MapGet("/{number}/payment/cancel", (string number, string? declined, HttpContext http, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            ReturnPageAsync(number, http, payments, time, "Payments/Cancel", declined is null ? null : "You declined the payment.", null, StatusCodes.Status200OK, cancellationToken));
    }

    private static async Task<IResult> ReturnPageAsync(string number, HttpContext http, IOrderPayments payments, TimeProvider time, string view, string? notice, string? error, int status, CancellationToken cancellationToken)
    {
        var order = await payments.FindAsync(number, cancellationToken);
        if (order is null || order.UserId != UserId(http))
        {
            return Results.NotFound();
        }

        var lapsed = order.Status == OrderStatus.Expired || (order.Status == OrderStatus.Pending && order.HoldExpiresUtc <= time.GetUtcNow().UtcDateTime);
        var canRetry = order.Status == OrderStatus.Pending && !lapsed;
        return Liquid.Page(view, new PaymentReturnPage(order.Number, order.Status.ToString(), order.Currency, order.Total, order.HoldExpiresUtc, canRetry, lapsed, notice, error), status);
    }

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
