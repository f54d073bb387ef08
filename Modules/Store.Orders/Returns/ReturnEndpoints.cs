using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Liquid;
using Store.Orders.Checkout;
using Store.Orders.Guests;
using Store.Orders.Orders;

namespace Store.Orders.Returns;

/// <summary>
/// The return form of an order: <c>/account/orders/{number}/return</c> for its customer (another customer's
/// number answers 404) and <c>/order/{token}/return</c> under a guest's signed link.
/// </summary>
internal static class ReturnEndpoints
{
    public static void MapReturnPages(this IEndpointRouteBuilder account)
    {
        account.MapGet("/orders/{number}/return", async (string number, HttpContext http, OrderQueries queries, ReturnRules rules, CancellationToken cancellationToken) =>
            await queries.IdOfAsync(UserId(http), number, cancellationToken) is { } id
                ? await ShowAsync(id, number, "/account/orders/" + number, rules, new ReturnForm { Key = NewKey() }, new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken)
                : Results.NotFound());

        account.MapPost("/orders/{number}/return", async (string number, HttpContext http, OrderQueries queries, ReturnRules rules, ReturnDesk desk, CancellationToken cancellationToken) =>
            await queries.IdOfAsync(UserId(http), number, cancellationToken) is { } id
                ? await PostAsync(id, number, "/account/orders/" + number, UserId(http), http, rules, desk, cancellationToken)
                : Results.NotFound()).RequireAntiforgery();
    }

    public static void MapGuestReturnPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/order/{token}/return", async (string token, GuestLinks links, OrderQueries queries, ReturnRules rules, CancellationToken cancellationToken) =>
            links.NumberOf(token) is { } number && await queries.GuestIdOfAsync(number, cancellationToken) is { } id
                ? await ShowAsync(id, number, "/order/" + token, rules, new ReturnForm { Key = NewKey() }, new Dictionary<string, string>(), StatusCodes.Status200OK, cancellationToken)
                : Results.NotFound());

        endpoints.MapPost("/order/{token}/return", async (string token, HttpContext http, GuestLinks links, OrderQueries queries, ReturnRules rules, ReturnDesk desk, CancellationToken cancellationToken) =>
            links.NumberOf(token) is { } number && await queries.GuestIdOfAsync(number, cancellationToken) is { } id
                ? await PostAsync(id, number, "/order/" + token, OrderOwner.GuestActor, http, rules, desk, cancellationToken)
                : Results.NotFound()).RequireAntiforgery();
    }

    public static string NewKey() => Guid.NewGuid().ToString("n");

    private static async Task<IResult> PostAsync(int id, string number, string back, string by, HttpContext http, ReturnRules rules, ReturnDesk desk, CancellationToken cancellationToken)
    {
        var (form, errors) = ReturnFormReader.Read(await http.Request.ReadFormAsync(cancellationToken));
        if (errors.Count == 0)
        {
            var outcome = await desk.RequestAsync(id, ReturnKind.Return, form, by, cancellationToken);
            if (outcome.Number is { } made)
            {
                return Results.Redirect($"{back}?returned={Uri.EscapeDataString(made)}");
            }

            errors = outcome.Errors.ToDictionary();
        }

        return await ShowAsync(id, number, back, rules, form, errors, StatusCodes.Status400BadRequest, cancellationToken);
    }

    private static async Task<IResult> ShowAsync(int id, string number, string back, ReturnRules rules, ReturnForm form, IReadOnlyDictionary<string, string> errors, int status, CancellationToken cancellationToken)
    {
        var lines = await rules.ForOrderAsync(id, ReturnKind.Return, cancellationToken);
        return Liquid.Page("Returns/Form", new ReturnPage(number, "Return", back + "/return", back, lines, form, errors), status);
    }

    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
