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
/// the pages Stripe (or the offline page) returns to. Another user's order answers 404. A guest's order has the
/// same three under its signed link <c>/order/{token}</c>; a token that fails its signature answers 404.
/// </summary>
internal static class PaymentPages
{
    public static void MapPaymentPages(this IEndpointRouteBuilder orders)
    {
        orders.MapPost("/{number}/pay", (string number, HttpContext http, PaymentStart start, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            PayAsync(new Viewer(number, UserId(http), "/account/orders/" + number, ""), start, payments, time, cancellationToken)).RequireAntiforgery();

        orders.MapGet("/{number}/payment/success", (string number, HttpContext http, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            ReturnPageAsync(new Viewer(number, UserId(http), "/account/orders/" + number, ""), payments, time, "Payments/Success", null, null, StatusCodes.Status200OK, cancellationToken));

        orders.MapGet("/{number}/payment/cancel", (string number, string? declined, HttpContext http, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            ReturnPageAsync(new Viewer(number, UserId(http), "/account/orders/" + number, ""), payments, time, "Payments/Cancel", declined is null ? null : "You declined the payment.", null, StatusCodes.Status200OK, cancellationToken));
    }

    /// <summary><c>/order/{token}/pay</c> and the return pages of a guest's order.</summary>
    public static void MapGuestPaymentPages(this IEndpointRouteBuilder endpoints)
    {
        var guest = endpoints.MapGroup("/order/{token}");
        guest.MapPost("/pay", (string token, IGuestOrderLinks links, PaymentStart start, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            Guest(token, links) is { } viewer ? PayAsync(viewer, start, payments, time, cancellationToken) : Task.FromResult(Results.NotFound())).RequireAntiforgery();

        guest.MapGet("/payment/success", (string token, IGuestOrderLinks links, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            Guest(token, links) is { } viewer ? ReturnPageAsync(viewer, payments, time, "Payments/Success", null, null, StatusCodes.Status200OK, cancellationToken) : Task.FromResult(Results.NotFound()));

        guest.MapGet("/payment/cancel", (string token, string? declined, IGuestOrderLinks links, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken) =>
            Guest(token, links) is { } viewer
                ? ReturnPageAsync(viewer, payments, time, "Payments/Cancel", declined is null ? null : "You declined the payment.", null, StatusCodes.Status200OK, cancellationToken)
                : Task.FromResult(Results.NotFound()));
    }

    private static Viewer? Guest(string token, IGuestOrderLinks links) =>
        links.NumberOf(token) is { } number ? new Viewer(number, null, "/order/" + token, "?order=" + Uri.EscapeDataString(token)) : null;

    private static async Task<IResult> PayAsync(Viewer viewer, PaymentStart start, IOrderPayments payments, TimeProvider time, CancellationToken cancellationToken)
    {
        var outcome = await start.StartAsync(viewer.Number, viewer.UserId, viewer.Base, cancellationToken);
        return outcome.Result switch
        {
            // The offline page of a guest's order needs the guest's token too (its session id alone is no secret).
            StartResult.Redirect => Results.Redirect(outcome.Url!.StartsWith("/payments/offline/", StringComparison.Ordinal) ? outcome.Url + viewer.OfflineQuery : outcome.Url),
            StartResult.NotFound => Results.NotFound(),
            _ => await ReturnPageAsync(viewer, payments, time, "Payments/Cancel", null, outcome.Message, StatusCodes.Status409Conflict, cancellationToken),
        };
    }

    private static async Task<IResult> ReturnPageAsync(Viewer viewer, IOrderPayments payments, TimeProvider time, string view, string? notice, string? error, int status, CancellationToken cancellationToken)
    {
        var order = await payments.FindAsync(viewer.Number, cancellationToken);
        if (order is null || order.UserId != viewer.UserId)
        {
            return Results.NotFound();
        }

        var lapsed = order.Status == OrderStatus.Expired || (order.Status == OrderStatus.Pending && order.HoldExpiresUtc <= time.GetUtcNow().UtcDateTime);
        var canRetry = order.Status == OrderStatus.Pending && !lapsed;
        return Liquid.Page(view, new PaymentReturnPage(order.Number, order.Status.ToString(), order.Currency, order.Total, order.HoldExpiresUtc, canRetry, lapsed, notice, error) { Base = viewer.Base }, status);
    }

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;

    /// <summary>Whose order page this is: a customer's (<see cref="UserId"/>) or a guest's (null, <see cref="Base"/> its signed link).</summary>
    private sealed record Viewer(string Number, string? UserId, string Base, string OfflineQuery);
}
