using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;
using Store.Orders.Contracts;
using Store.Orders.Live;
using Store.Orders.Workflow;

namespace Store.Orders.Orders;

/// <summary>The shopper's orders under <c>/account/orders</c> (the group requires a signed-in user); another user's number answers 404.</summary>
internal static class OrderEndpoints
{
    public static void MapOrderEndpoints(this IEndpointRouteBuilder account)
    {
        var orders = account.MapGroup("/orders");
        orders.MapGet("/", async (HttpContext http, OrderQueries queries, OrdersOptions options, int? page, CancellationToken cancellationToken) =>
            Liquid.Page("Orders/List", await queries.ListAsync(UserId(http), Math.Max(1, page ?? 1), options.PageSize, cancellationToken)));

        orders.MapGet("/{number}", async (string number, HttpContext http, OrderQueries queries, string? placed, string? cancelled, string? returned, CancellationToken cancellationToken) =>
            await queries.DetailAsync(UserId(http), number, cancellationToken) is { } order
                ? Liquid.Page("Orders/Show", new OrderPageModel(order, placed is not null ? "Thank you: your order is placed." : cancelled is not null ? "Your order is cancelled." : OrderPageModel.ReturnNotice(returned), null))
                : Results.NotFound());

        orders.MapPost("/{number}/cancel", async (string number, HttpContext http, OrderQueries queries, OrderTransitions transitions, CancellationToken cancellationToken) =>
        {
            var userId = UserId(http);
            if (await queries.IdOfAsync(userId, number, cancellationToken) is not { } id)
            {
                return Results.NotFound();
            }

            var outcome = await transitions.ApplyAsync(id, OrderStatus.Cancelled, OrderActor.Shopper, userId, "Cancelled by the shopper", cancellationToken);
            return outcome.Result == TransitionResult.Done
                ? Results.Redirect($"/account/orders/{number}?cancelled=1")
                : Liquid.Page("Orders/Show", new OrderPageModel((await queries.DetailAsync(userId, number, cancellationToken))!, null, outcome.Message), StatusCodes.Status409Conflict);
        }).RequireAntiforgery();

        orders.MapGet("/{number}/events", OrderEvents.StreamAsync);
    }

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
