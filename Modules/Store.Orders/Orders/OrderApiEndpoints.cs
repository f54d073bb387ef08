using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Core.Api;
using Store.Orders.Admin;
using Store.Orders.Checkout;
using Store.Orders.Contracts;
using Store.Orders.Workflow;

namespace Store.Orders.Orders;

/// <summary>
/// <c>/api/v1/orders</c>: place the cart's order (<c>Idempotency-Key</c> header: a retry answers the same order),
/// list, read and cancel one's own orders; another user's number answers 404 on every route.
/// </summary>
internal static class OrderApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapOrderApiEndpoints(this IEndpointRouteBuilder orders)
    {
        orders.MapPost("/", async Task<IResult> (HttpContext http, OrderPlacement placement, OrderQueries queries, CancellationToken cancellationToken) =>
        {
            var request = new PlaceOrderRequest(null, null, null);
            if (http.Request.ContentLength is not 0 && http.Request.HasJsonContentType())
            {
                try
                {
                    request = await JsonSerializer.DeserializeAsync<PlaceOrderRequest>(http.Request.Body, Json, cancellationToken) ?? request;
                }
                catch (JsonException)
                {
                    return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The request body must be JSON such as {\"addressId\": 3}.");
                }
            }

            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (key.Length == 0)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Send an Idempotency-Key header (any unique string per order attempt), so a retry cannot place the order twice.");
            }

            var userId = UserId(http);
            var choice = new ShippingChoice(request.AddressId, request.Address?.ToInput(), request.SaveAddress ?? false, request.ShippingMethodId);
            var placed = await placement.PlaceAsync(http, userId, key, choice, cancellationToken);
            if (placed.Number is null)
            {
                return Refusal(placed);
            }

            var order = (await queries.DetailAsync(userId, placed.Number, cancellationToken))!;
            return placed.Created ? TypedResults.Created($"/api/v1/orders/{order.Number}", order) : TypedResults.Ok(order);
        })
            .Accepts<PlaceOrderRequest>("application/json")
            .Produces<OrderDetail>(StatusCodes.Status201Created)
            .Produces<OrderDetail>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Place the cart's order (Idempotency-Key header required; a retry answers the same order with 200)")
            .WithRequestExample(new { address = new { fullName = "Ada Lovelace", line1 = "12 St James's Square", city = "London", postalCode = "SW1Y 4JH", country = "GB" }, saveAddress = true });

        orders.MapGet("/", async Task<IResult> (HttpContext http, OrderQueries queries, int? page, int? pageSize, CancellationToken cancellationToken) =>
        {
            if (page is < 1 || pageSize is < 1 or > 100)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "page starts at 1; pageSize is from 1 to 100.");
            }

            return TypedResults.Ok(await queries.ListAsync(UserId(http), page ?? 1, pageSize ?? 20, cancellationToken));
        })
            .Produces<OrderListPage>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .WithSummary("The caller's orders, newest first");

        orders.MapGet("/{number}", async Task<IResult> (string number, HttpContext http, OrderQueries queries, CancellationToken cancellationToken) =>
            await queries.DetailAsync(UserId(http), number, cancellationToken) is { } order ? TypedResults.Ok(order) : ApiProblems.NotFound())
            .Produces<OrderDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One of the caller's orders");

        orders.MapPost("/{number}/cancel", async Task<IResult> (string number, HttpContext http, OrderQueries queries, OrderTransitions transitions, CancellationToken cancellationToken) =>
        {
            var userId = UserId(http);
            if (await queries.IdOfAsync(userId, number, cancellationToken) is not { } id)
            {
                return ApiProblems.NotFound();
            }

            var outcome = await transitions.ApplyAsync(id, OrderStatus.Cancelled, OrderActor.Shopper, userId, "Cancelled by the shopper", cancellationToken);
            return outcome.Result == TransitionResult.Done
                ? TypedResults.Ok((await queries.DetailAsync(userId, number, cancellationToken))!)
                : ApiProblems.Problem(StatusCodes.Status409Conflict, outcome.Message!);
        })
            .Produces<OrderDetail>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Cancel one of the caller's orders while the workflow allows it");
    }

    /// <summary>A refused placement as problem details: 409 for the cart's state, 400 with the fields otherwise.</summary>
    internal static IResult Refusal(Placement placed) =>
        placed.Errors.ContainsKey("")
            ? ApiProblems.Problem(StatusCodes.Status409Conflict, placed.Errors[""])
            : ApiProblems.Validation(placed.Errors.ToDictionary(e => e.Key switch
            {
                "IdempotencyKey" => "Idempotency-Key",
                "ShippingMethod" => "ShippingMethodId",
                "Email" => "Email",
                var k when k.StartsWith("Address", StringComparison.Ordinal) => k,
                var k => "Address." + k,
            }, e => e.Value));

    /// <summary>Staff moves an order along the table (until the Order admin exists): <c>{ "status": "Shipped", "note": "…" }</c>.</summary>
    public static void MapOrderAdminApiEndpoints(this IEndpointRouteBuilder admin) =>
        admin.MapPost("/{number}/status", async Task<IResult> (string number, HttpContext http, IOrderWorkflow workflow, OrderAdminQueries queries, CancellationToken cancellationToken) =>
        {
            // A stale If-Match is refused; the move itself is still conditional on the status it starts from.
            if (EntityTags.IfMatch(http.Request) is { } expected && await queries.VersionAsync(number, cancellationToken) is { } version && version != expected)
            {
                return ApiProblems.PreconditionFailed($"Order {number} changed since you read it (its status, payment or a refund).");
            }

            StatusRequest? request;
            try
            {
                request = await JsonSerializer.DeserializeAsync<StatusRequest>(http.Request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                request = null;
            }

            if (request?.Status is null || !Enum.TryParse<OrderStatus>(request.Status, ignoreCase: true, out var to) || int.TryParse(request.Status, out _))
            {
                return ApiProblems.Validation(new Dictionary<string, string[]> { ["status"] = [$"Give the new status: one of {string.Join(", ", Enum.GetNames<OrderStatus>())}."] });
            }

            var outcome = await workflow.TransitionAsync(number, to, OrderActor.Staff, UserId(http), request.Note?.Trim() is { Length: > 0 and <= 500 } note ? note : null, cancellationToken);
            return outcome.Result switch
            {
                TransitionResult.Done => TypedResults.Ok(new OrderStatusResponse(number, outcome.Status.ToString()!)),
                TransitionResult.NotFound => ApiProblems.NotFound(),
                _ => ApiProblems.Problem(StatusCodes.Status409Conflict, outcome.Message!),
            };
        })
            .Accepts<StatusRequest>("application/json")
            .Produces<OrderStatusResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .WithSummary("Staff: move an order to another status (the transition table decides); honours If-Match")
            .WithRequestExample(new StatusRequest("Shipped", "Left the warehouse with the 14:00 pick-up"));

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
