using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Consents;
using Store.Accounts.Web;
using Store.Core.Liquid;

namespace Store.Orders.Abandoned;

/// <summary>
/// <c>/unsubscribe/{token}</c>, the link in every cart reminder: works without signing in; showing it changes nothing
/// (mail scanners open links), the button records the withdrawal of marketing consent as a consent row (source
/// <c>unsubscribe</c>), which stops every later reminder. A token that fails its signature answers 404.
/// </summary>
internal static class UnsubscribeEndpoints
{
    public static void MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/unsubscribe/{token}", (string token, HttpContext http, UnsubscribeLinks links) =>
            links.Read(token) is null ? Results.NotFound() : Liquid.Page("Marketing/Unsubscribe", new UnsubscribePage(http.Request.Path, false)));

        endpoints.MapPost("/unsubscribe/{token}", async (string token, HttpContext http, UnsubscribeLinks links, ConsentLog consents, CancellationToken cancellationToken) =>
        {
            if (links.Read(token) is not { } who)
            {
                return Results.NotFound();
            }

            await consents.RecordAsync(ConsentPurpose.MarketingEmails, false, "unsubscribe", who.UserId, who.Email is { } email ? ConsentLog.VisitorOfEmail(email) : null, cancellationToken);
            return Liquid.Page("Marketing/Unsubscribe", new UnsubscribePage(http.Request.Path, true));
        }).RequireAntiforgery();
    }
}
