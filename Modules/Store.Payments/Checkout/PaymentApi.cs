using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Core.Api;
using Store.Core.Security;
using Store.Orders;
using Store.Orders.Contracts;
using Store.Payments.Providers;
using Store.Payments.Refunds;

namespace Store.Payments.Checkout;

/// <summary>
/// The payments' part of <c>/api/v1</c>: the shopper's <c>POST orders/{number}/payment</c> (answers where to
/// send the shopper) and, for Order managers, <c>POST admin/orders/{number}/refunds</c> and <c>…/cancel</c>.
/// </summary>
internal static class PaymentApi
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void MapPaymentApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapApiGroup("/api/v1/orders").RequireSignedIn().MapPost("/{number}/payment", async Task<IResult> (string number, HttpContext http, PaymentStart start, PaymentProviders providers, CancellationToken cancellationToken) =>
        {
            var outcome = await start.StartAsync(number, CurrentUser.IdOf(http.User)!, "/account/orders/" + number, cancellationToken);
            return outcome.Result switch
            {
                StartResult.Redirect => TypedResults.Ok(new { url = Absolute(http, outcome.Url!), sessionId = outcome.SessionId, provider = providers.Current.Name }),
                StartResult.NotFound => ApiProblems.NotFound(),
                _ => ApiProblems.Problem(StatusCodes.Status409Conflict, outcome.Message!),
            };
        })
            .WithSummary("Start paying one of the caller's pending orders: answers the provider's page to send the shopper to");

        var admin = endpoints.MapApiGroup("/api/v1/admin/orders").RequirePermission(OrdersPermissions.ManageOrders);
        admin.MapPost("/{number}/refunds", async Task<IResult> (string number, HttpContext http, Refunder refunder, IOrderPayments orders, CancellationToken cancellationToken) =>
        {
            RefundRequestBody? body;
            try
            {
                body = http.Request.ContentLength is 0 ? new RefundRequestBody(null, null) : await JsonSerializer.DeserializeAsync<RefundRequestBody>(http.Request.Body, Json, cancellationToken);
            }
            catch (JsonException)
            {
                return ApiProblems.Problem(StatusCodes.Status400BadRequest, "The request body must be JSON such as {\"amount\": 1250, \"reason\": \"Damaged\"}.");
            }

            var result = await refunder.RefundAsync(number, body?.Amount, body?.Reason, CurrentUser.IdOf(http.User)!, cancellationToken);
            return await AnswerAsync(result, number, orders, "amount", cancellationToken);
        })
            .WithSummary("Staff: refund a paid order in full (no amount) or in part (amount in minor units)")
            .Accepts<RefundRequestBody>("application/json")
            .WithRequestExample(new RefundRequestBody(1250, "Arrived damaged"));

        admin.MapPost("/{number}/cancel", async Task<IResult> (string number, HttpContext http, Refunder refunder, IOrderPayments orders, CancellationToken cancellationToken) =>
        {
            var result = await refunder.CancelAsync(number, CurrentUser.IdOf(http.User)!, null, cancellationToken);
            return await AnswerAsync(result, number, orders, "number", cancellationToken);
        })
            .WithSummary("Staff: cancel an order; a paid one is refunded in full first");
    }

    private static async Task<IResult> AnswerAsync(RefundResult result, string number, IOrderPayments orders, string field, CancellationToken cancellationToken)
    {
        switch (result.Status)
        {
            case RefundStatus.Done:
                var order = (await orders.FindAsync(number, cancellationToken))!;
                return TypedResults.Ok(new { number, status = order.Status.ToString(), total = order.Total, refundedAmount = order.RefundedAmount, currency = order.Currency });
            case RefundStatus.NotFound:
                return ApiProblems.NotFound();
            case RefundStatus.Invalid:
                return ApiProblems.Field(field, result.Message!);
            case RefundStatus.ProviderFailed:
                return ApiProblems.Problem(StatusCodes.Status502BadGateway, result.Message!);
            default:
                return ApiProblems.Problem(StatusCodes.Status409Conflict, result.Message!);
        }
    }

    // The offline provider's page is on this site: the API answers a full address all the same.
    private static string Absolute(HttpContext http, string url) =>
        !url.StartsWith('/') ? url : $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}{url}";
}
