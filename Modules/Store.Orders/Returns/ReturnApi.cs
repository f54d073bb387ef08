using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Api;
using Store.Core.Data;
using Store.Core.RateLimits;
using Store.Core.Security;
using Store.Orders.Checkout;
using Store.Orders.Guests;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>
/// Returns and withdrawals on <c>/api/v1</c>: a customer's (bearer) and a guest's (signed token) return requests,
/// the withdrawal by order number and email (anonymous, or bearer), and staff's list and steps.
/// </summary>
internal static class ReturnApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapReturnApi(this IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapApiGroup("/api/v1/orders").RequireSignedIn();
        mine.MapGet("/{number}/returns", async Task<IResult> (string number, HttpContext http, OrderQueries queries, ReturnRules rules, ReturnQueries returns, CancellationToken cancellationToken) =>
            await queries.IdOfAsync(CurrentUser.IdOf(http.User)!, number, cancellationToken) is { } id
                ? TypedResults.Ok(new { returnable = await rules.ForOrderAsync(id, ReturnKind.Return, cancellationToken), returns = await returns.ForOrderAsync(id, cancellationToken) })
                : ApiProblems.NotFound())
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("One of the caller's orders: what may be returned now (per line, until when, why not) and its returns");

        mine.MapPost("/{number}/returns", async Task<IResult> (string number, HttpContext http, OrderQueries queries, ReturnDesk desk, ReturnQueries returns, CancellationToken cancellationToken) =>
            await queries.IdOfAsync(CurrentUser.IdOf(http.User)!, number, cancellationToken) is { } id
                ? await RequestAsync(http, id, ReturnKind.Return, CurrentUser.IdOf(http.User)!, desk, returns, null, cancellationToken)
                : ApiProblems.NotFound())
            .Accepts<ReturnRequestBody>("application/json")
            .Produces<ReturnView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Ask to return delivered items of one of the caller's orders (Idempotency-Key header required)")
            .WithRequestExample(new { lines = new[] { new { lineId = 12, quantity = 1 } }, reason = "Too small", outcome = "exchange" });

        endpoints.MapApiGroup("/api/v1/guest/orders").MapPost("/{token}/returns", async Task<IResult> (string token, HttpContext http, GuestLinks links, OrderQueries queries, ReturnDesk desk, ReturnQueries returns, CancellationToken cancellationToken) =>
            links.NumberOf(token) is { } number && await queries.GuestIdOfAsync(number, cancellationToken) is { } id
                ? await RequestAsync(http, id, ReturnKind.Return, OrderOwner.GuestActor, desk, returns, null, cancellationToken)
                : ApiProblems.NotFound())
            .Accepts<ReturnRequestBody>("application/json")
            .Produces<ReturnView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("A guest asks to return delivered items, by the order's signed token (Idempotency-Key header required)")
            .WithRequestExample(new { lines = new[] { new { lineId = 12, quantity = 1 } }, reason = "Arrived broken", outcome = "refund" });

        endpoints.MapApiGroup("/api/v1/withdrawals").MapPost("/", async Task<IResult> (HttpContext http, StoreDbContext db, ReturnDesk desk, ReturnQueries returns, CancellationToken cancellationToken) =>
        {
            var userId = http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User) : null;
            return await RequestAsync(http, null, ReturnKind.Withdrawal, userId ?? OrderOwner.GuestActor, desk, returns, async body =>
            {
                var number = (body.Number ?? "").Trim().ToUpperInvariant();
                var email = (body.Email ?? "").Trim();
                var order = number.Length is 0 or > 20 ? null
                    : await db.Set<Order>().AsNoTracking().Where(o => o.Number == number).Select(o => new { o.Id, o.Email, o.UserId }).FirstOrDefaultAsync(cancellationToken);
                return order is not null && (string.Equals(order.Email, email, StringComparison.OrdinalIgnoreCase) || (userId is not null && order.UserId == userId)) ? order.Id : null;
            }, cancellationToken);
        })
            .Accepts<ReturnRequestBody>("application/json")
            .Produces<ReturnView>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .RequireOrderLookupRateLimit()
            .WithSummary("Withdraw from the contract (EU): order number and email (or a bearer token of the order's owner), no reason; the receipt is emailed at once")
            .WithRequestExample(new { number = "K7QM-42XP", email = "ada@example.com" });

        var admin = endpoints.MapApiGroup("/api/v1/admin/returns").RequirePermission(OrdersPermissions.ManageOrders);
        admin.MapGet("/", async Task<IResult> (string? status, ReturnQueries returns, CancellationToken cancellationToken) =>
        {
            ReturnStatus? wanted = null;
            if (!string.IsNullOrEmpty(status))
            {
                if (!Enum.TryParse<ReturnStatus>(status, ignoreCase: true, out var s) || int.TryParse(status, out _))
                {
                    return ApiProblems.Field("status", $"One of {string.Join(", ", Enum.GetNames<ReturnStatus>())}.");
                }

                wanted = s;
            }

            return TypedResults.Ok(await returns.ListAsync(wanted, 200, cancellationToken));
        })
            .Produces<IReadOnlyList<ReturnView>>()
            .ProducesValidationProblem()
            .WithSummary("Staff: returns and withdrawals, open ones first, newest first (200 at most)");

        admin.MapPost("/{number}/status", async Task<IResult> (string number, HttpContext http, ReturnDesk desk, ReturnQueries returns, CancellationToken cancellationToken) =>
        {
            var body = await ReadAsync<ReturnStepBody>(http, cancellationToken);
            if (body?.Status is null || !Enum.TryParse<ReturnStatus>(body.Status, ignoreCase: true, out var to) || int.TryParse(body.Status, out _))
            {
                return ApiProblems.Field("status", "Give the step: Approved, Rejected, Received or Replaced (an exchange's replacement, sent at no charge).");
            }

            var outcome = await desk.MoveAsync(number, to, body.Note, CurrentUser.IdOf(http.User)!, cancellationToken);
            return outcome.NotFound ? ApiProblems.NotFound()
                : outcome.Number is null ? (outcome.Errors.ContainsKey("Status") ? ApiProblems.Conflict(outcome.Errors["Status"]) : ApiProblems.Validation(outcome.Errors))
                : TypedResults.Ok((await returns.FindAsync(number, cancellationToken))!);
        })
            .Accepts<ReturnStepBody>("application/json")
            .Produces<ReturnView>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .WithSummary("Staff: approve or reject a requested return, mark an approved one received, or send a received exchange's replacement (Replaced; refunds: the return page's Refund)")
            .WithRequestExample(new ReturnStepBody("Rejected", "Worn and washed; we can only take back unused items."));
    }

    // Reads the body and the key, names the order (already known, or found from the body), and asks the desk.
    private static async Task<IResult> RequestAsync(HttpContext http, int? orderId, ReturnKind kind, string by, ReturnDesk desk, ReturnQueries returns, Func<ReturnRequestBody, Task<int?>>? find, CancellationToken cancellationToken)
    {
        var body = await ReadAsync<ReturnRequestBody>(http, cancellationToken);
        if (body is null)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The request body must be JSON such as {\"lines\": [{\"lineId\": 12, \"quantity\": 1}], \"reason\": \"…\", \"outcome\": \"refund\"}.");
        }

        var key = http.Request.Headers["Idempotency-Key"].ToString();
        if (key.Length == 0)
        {
            return ApiProblems.Problem(StatusCodes.Status400BadRequest, "Send an Idempotency-Key header (any unique string per request), so a retry cannot ask twice.");
        }

        if ((orderId ?? (find is null ? null : await find(body))) is not { } id)
        {
            return ApiProblems.Problem(StatusCodes.Status404NotFound, "No order has this number and email.");
        }

        var form = new ReturnForm { Key = key, Reason = body.Reason, Outcome = body.Outcome };
        foreach (var line in body.Lines ?? [])
        {
            form.Lines[line.LineId] = form.Lines.GetValueOrDefault(line.LineId) + line.Quantity;
        }

        if (kind == ReturnKind.Withdrawal && form.Lines.Count == 0)
        {
            form.Lines = await desk.WithdrawableAsync(id, cancellationToken);
        }

        var outcome = await desk.RequestAsync(id, kind, form, by, cancellationToken);
        if (outcome.Number is not { } number)
        {
            return outcome.Errors.ContainsKey("") ? ApiProblems.Conflict(outcome.Errors[""]) : ApiProblems.Validation(outcome.Errors.ToDictionary(e => e.Key.StartsWith("Line_", StringComparison.Ordinal) ? "lines." + e.Key[5..] : char.ToLowerInvariant(e.Key[0]) + e.Key[1..], e => e.Value));
        }

        var view = (await returns.FindAsync(number, cancellationToken))!;
        return TypedResults.Created($"/api/v1/orders/{view.OrderNumber}/returns", view);
    }

    private static async Task<T?> ReadAsync<T>(HttpContext http, CancellationToken cancellationToken)
        where T : class
    {
        if (!http.Request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await JsonSerializer.DeserializeAsync<T>(http.Request.Body, Json, cancellationToken);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
