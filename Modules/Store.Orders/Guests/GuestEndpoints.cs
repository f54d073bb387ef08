using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Web;
using Store.Core.Liquid;
using Store.Core.RateLimits;
using Store.Orders.Checkout;
using Store.Orders.Contracts;
using Store.Orders.Invoices;
using Store.Orders.Live;
using Store.Orders.Orders;
using Store.Orders.Workflow;

namespace Store.Orders.Guests;

/// <summary>
/// A guest's order under its signed link <c>/order/{token}</c>: the page, its live events, cancel, invoices, and
/// making an account; and <c>/orders/find</c>, the order number and email lookup that hands out the link. A token
/// that fails its signature, or names an order that now belongs to an account, shows nothing of the order.
/// </summary>
internal static class GuestEndpoints
{
    public static void MapGuestOrderEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var order = endpoints.MapGroup("/order/{token}");
        order.MapGet("/", async (string token, string? placed, string? cancelled, string? returned, GuestLinks links, OrderQueries queries, CancellationToken cancellationToken) =>
            await PageAsync(token, links, queries, placed is not null ? "Thank you: your order is placed. We sent the details and a link to this page to your email." : cancelled is not null ? "Your order is cancelled." : OrderPageModel.ReturnNotice(returned), null, null, StatusCodes.Status200OK, cancellationToken));

        order.MapGet("/events", (string token, HttpContext http, GuestLinks links, OrderQueries queries, IOrderStatusNotifier notifier) =>
            links.NumberOf(token) is { } number
                ? OrderEvents.StreamOrderAsync(http, notifier, t => queries.GuestIdOfAsync(number, t), t => queries.GuestDetailAsync(number, t))
                : NotFound(http));

        order.MapPost("/cancel", async (string token, GuestLinks links, OrderQueries queries, OrderTransitions transitions, CancellationToken cancellationToken) =>
        {
            if (links.NumberOf(token) is not { } number || await queries.GuestIdOfAsync(number, cancellationToken) is not { } id)
            {
                return Results.NotFound();
            }

            var outcome = await transitions.ApplyAsync(id, OrderStatus.Cancelled, OrderActor.Shopper, OrderOwner.GuestActor, "Cancelled by the shopper", cancellationToken);
            return outcome.Result == TransitionResult.Done
                ? Results.Redirect($"/order/{token}?cancelled=1")
                : await PageAsync(token, links, queries, null, outcome.Message, null, StatusCodes.Status409Conflict, cancellationToken);
        }).RequireAntiforgery();

        order.MapGet("/invoices/{document}", async (string token, string document, GuestLinks links, OrderQueries queries, DocumentQueries documents, CancellationToken cancellationToken) =>
            links.NumberOf(token) is { } number && await queries.GuestIdOfAsync(number, cancellationToken) is not null
                ? (IResult?)DocumentEndpoints.Pdf(await documents.FindAsync(number, document, null, cancellationToken)) ?? Results.NotFound()
                : Results.NotFound());

        order.MapPost("/account", async (string token, [FromForm] string? password, GuestLinks links, OrderQueries queries, GuestAccounts accounts, CancellationToken cancellationToken) =>
        {
            // Only the email's link proves the mailbox; the site's link (lookup, after checkout) cannot make an account.
            if (links.Read(token) is not { FromEmail: true } read)
            {
                return Results.NotFound();
            }

            var errors = await accounts.ClaimAsync(read.Number, password, cancellationToken);
            return errors.Count == 0
                ? Results.Redirect($"/account/login?confirmed=1&returnUrl={Uri.EscapeDataString("/account/orders/" + read.Number)}")
                : await PageAsync(token, links, queries, null, null, errors, StatusCodes.Status400BadRequest, cancellationToken);
        }).RequireAntiforgery();

        endpoints.MapGet("/orders/find", () => Liquid.Page("Orders/Find", new GuestLookupForm()));
        endpoints.MapPost("/orders/find", async ([FromForm] GuestLookupForm form, GuestLookup lookup, CancellationToken cancellationToken) =>
            await lookup.FindAsync(form, cancellationToken) is { } path
                ? Results.Redirect(path)
                : Liquid.Page("Orders/Find", form, StatusCodes.Status400BadRequest)).RequireAntiforgery().RequireOrderLookupRateLimit();
    }

    private static async Task<IResult> PageAsync(string token, GuestLinks links, OrderQueries queries, string? notice, string? error, IReadOnlyDictionary<string, string>? errors, int status, CancellationToken cancellationToken)
    {
        if (links.Read(token) is not { } read)
        {
            return Results.NotFound();
        }

        if (await queries.GuestDetailAsync(read.Number, cancellationToken) is not { } order)
        {
            // Made into an account since the link was sent: the account's page (sign-in first) shows it.
            return Results.Redirect("/account/orders/" + read.Number);
        }

        var guest = new GuestOrderView(order.Email, read.FromEmail, errors ?? new Dictionary<string, string>());
        return Liquid.Page("Orders/Show", new OrderPageModel(order, notice, error) { Base = "/order/" + token, Guest = guest }, status);
    }

    private static Task NotFound(HttpContext http)
    {
        http.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }
}
