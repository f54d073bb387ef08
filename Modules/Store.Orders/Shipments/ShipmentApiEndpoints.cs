using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Api;
using Store.Core.Data;
using Store.Orders.Orders;

namespace Store.Orders.Shipments;

/// <summary><c>/api/v1/admin/orders/{number}/shipments</c> for staff: list, ship (idempotent by key), mark delivered.</summary>
internal static class ShipmentApiEndpoints
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapShipmentApi(this IEndpointRouteBuilder admin)
    {
        admin.MapGet("/{number}/shipments", async Task<IResult> (string number, StoreDbContext db, ShipmentQueries queries, CancellationToken cancellationToken) =>
            await ResponseAsync(number, db, queries, cancellationToken) is { } response ? TypedResults.Ok(response) : ApiProblems.NotFound())
            .Produces<ShipmentsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Staff: an order's shipments and what is left to ship per line");

        admin.MapPost("/{number}/shipments", async Task<IResult> (string number, HttpContext http, ShipmentDesk desk, StoreDbContext db, ShipmentQueries queries, CancellationToken cancellationToken) =>
        {
            ShipRequestBody? body;
            try
            {
                body = await JsonSerializer.DeserializeAsync<ShipRequestBody>(http.Request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                body = null;
            }

            if (body?.Lines is not { Count: > 0 } lines)
            {
                return ApiProblems.Field("lines", "Send the lines to ship: {\"lines\": [{\"lineId\": 12, \"quantity\": 1}], \"carrier\": \"UPS\", \"trackingNumber\": \"1Z…\"}.");
            }

            if (lines.GroupBy(l => l.LineId).Any(g => g.Count() > 1))
            {
                return ApiProblems.Field("lines", "Name each line once.");
            }

            var key = http.Request.Headers["Idempotency-Key"].ToString();
            if (key.Length == 0)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Send an Idempotency-Key header (any unique string per shipment), so a retry cannot ship twice.");
            }

            var request = new ShipmentRequest(lines.ToDictionary(l => l.LineId, l => l.Quantity), body.Carrier, body.TrackingNumber, body.TrackingUrl, key);
            var outcome = await desk.ShipAsync(number, request, CurrentUser.IdOf(http.User)!, cancellationToken);
            return outcome.Result switch
            {
                ShipmentResult.NotFound => ApiProblems.NotFound(),
                ShipmentResult.Invalid => ApiProblems.Validation(outcome.Errors!.ToDictionary(e => JsonName(e.Key), e => new[] { e.Value })),
                ShipmentResult.Refused => ApiProblems.Problem(StatusCodes.Status409Conflict, outcome.Message),
                _ when outcome.Repeated => TypedResults.Ok((await ResponseAsync(number, db, queries, cancellationToken))!),
                _ => TypedResults.Created($"/api/v1/admin/orders/{number}/shipments", (await ResponseAsync(number, db, queries, cancellationToken))!),
            };
        })
            .Accepts<ShipRequestBody>("application/json")
            .Produces<ShipmentsResponse>(StatusCodes.Status201Created)
            .Produces<ShipmentsResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Staff: ship some or all of a paid order (Idempotency-Key header; a retry answers 200 without a second shipment)")
            .WithRequestExample(new ShipRequestBody([new ShipLineBody(41, 2), new ShipLineBody(42, 1)], "DHL", "00340434161094042557", null));

        admin.MapPost("/{number}/shipments/{sequence:int}/delivered", async Task<IResult> (string number, int sequence, HttpContext http, ShipmentDesk desk, StoreDbContext db, ShipmentQueries queries, CancellationToken cancellationToken) =>
        {
            var outcome = await desk.MarkDeliveredAsync(number, sequence, CurrentUser.IdOf(http.User)!, cancellationToken);
            return outcome.Result switch
            {
                ShipmentResult.NotFound => ApiProblems.NotFound(),
                ShipmentResult.Done => TypedResults.Ok((await ResponseAsync(number, db, queries, cancellationToken))!),
                _ => ApiProblems.Problem(StatusCodes.Status409Conflict, outcome.Message),
            };
        })
            .Produces<ShipmentsResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Staff: mark a shipment delivered (the order becomes Delivered with its last one)");
    }

    private static async Task<ShipmentsResponse?> ResponseAsync(string number, StoreDbContext db, ShipmentQueries queries, CancellationToken cancellationToken)
    {
        var order = await db.Set<Order>().Where(o => o.Number == number).Select(o => new { o.Id, o.Status }).FirstOrDefaultAsync(cancellationToken);
        return order is null ? null
            : new ShipmentsResponse(number, order.Status.ToString(), await queries.ShippableAsync(order.Id, cancellationToken), await queries.ForOrderAsync(order.Id, cancellationToken));
    }

    private static string JsonName(string key) => key switch
    {
        "Carrier" => "carrier",
        "TrackingNumber" => "trackingNumber",
        "TrackingUrl" => "trackingUrl",
        "Key" => "Idempotency-Key",
        _ => key.Replace("Lines", "lines", StringComparison.Ordinal),
    };
}
