using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Orders.Checkout;
using Store.Orders.Orders;

namespace Store.Orders.Guests;

/// <summary>
/// <c>/api/v1/guest/orders</c>: guest checkout on the JSON API. The cart API is anonymous-capable (a
/// <c>Cart-Token</c> names the cart), so a client without an account places the token's cart with an email and an
/// address, and reads the order again with the signed token it gets back (no bearer token; refused while
/// <c>Orders:RequireAccount</c> is on).
/// </summary>
internal static class GuestOrderApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapGuestOrderApi(this IEndpointRouteBuilder endpoints)
    {
        var guest = endpoints.MapApiGroup("/api/v1/guest/orders");
        guest.MapPost("/", async Task<IResult> (HttpContext http, GuestPlacement placement, OrderQueries queries, GuestLinks links, OrdersOptions options, CancellationToken cancellationToken) =>
        {
            if (options.RequireAccount)
            {
                return ApiProblems.Problem(StatusCodes.Status403Forbidden, "This shop sells to customers with an account: sign in and use POST /api/v1/orders.");
            }

            GuestOrderRequest? request;
            try
            {
                request = http.Request.HasJsonContentType() ? await JsonSerializer.DeserializeAsync<GuestOrderRequest>(http.Request.Body, Json, cancellationToken) : null;
            }
            catch (JsonException)
            {
                request = null;
            }

            if (request is null)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The request body must be JSON such as {\"email\": \"ada@example.com\", \"address\": {...}}.");
            }

            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (key.Length == 0)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Send an Idempotency-Key header (any unique string per order attempt), so a retry cannot place the order twice.");
            }

            var choice = new ShippingChoice(null, request.Address?.ToInput() ?? new Store.Accounts.Addresses.AddressInput(), false, request.ShippingMethodId);
            var placed = await placement.PlaceAsync(http, request.Email, key, choice, cancellationToken);
            if (placed.Number is null)
            {
                return OrderApiEndpoints.Refusal(placed);
            }

            var response = Response(links, (await queries.GuestDetailAsync(placed.Number, cancellationToken))!);
            return placed.Created ? TypedResults.Created(response.Url, response) : TypedResults.Ok(response);
        })
            .Accepts<GuestOrderRequest>("application/json")
            .Produces<GuestOrderResponse>(StatusCodes.Status201Created)
            .Produces<GuestOrderResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Guest checkout: place the Cart-Token's cart with an email and an address (Idempotency-Key header required)")
            .WithRequestExample(new { email = "ada@example.com", address = new { fullName = "Ada Lovelace", line1 = "12 St James's Square", city = "London", postalCode = "SW1Y 4JH", country = "GB" } });

        guest.MapGet("/{token}", async Task<IResult> (string token, GuestLinks links, OrderQueries queries, CancellationToken cancellationToken) =>
            links.NumberOf(token) is { } number && await queries.GuestDetailAsync(number, cancellationToken) is { } order
                ? TypedResults.Ok(new GuestOrderResponse(order, token, "/order/" + token))
                : ApiProblems.NotFound())
            .Produces<GuestOrderResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A guest's order, by the signed token its placement answered (a changed token: 404)");
    }

    private static GuestOrderResponse Response(GuestLinks links, OrderDetail order)
    {
        var path = links.PathOf(order.Number);
        return new GuestOrderResponse(order, path["/order/".Length..], path);
    }
}
