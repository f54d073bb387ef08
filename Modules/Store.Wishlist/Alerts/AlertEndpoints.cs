using System.Net.Mail;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Store.Accounts.Users;
using Store.Core.Liquid;
using Store.Wishlist.Items;

namespace Store.Wishlist.Alerts;

/// <summary>
/// Asking for an alert (from a wishlist entry, or from an out-of-stock variant's page with an email address), stopping
/// it from the wishlist, and the unsubscribe link of the emails, which needs no sign-in: a page with a button (a mail
/// scanner following the link changes nothing), a tampered link 404.
/// </summary>
internal static class AlertEndpoints
{
    public static void MapWishlistAlerts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/wishlist/alerts", async (HttpContext http, AlertSubscriptions alerts, WishlistBook book, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is not { } form)
            {
                return Page(new AlertPage(null, null, false, null, false, WishlistForms.Foreign), StatusCodes.Status400BadRequest);
            }

            var kind = form["kind"] == "price" ? AlertKind.PriceDrop : AlertKind.BackInStock;
            var userId = await http.RequestServices.GetRequiredService<WishlistVisitor>().SignedInAsync(http, cancellationToken);
            WishKey? key;
            if (form["item"].ToString().Length > 0)
            {
                key = (await WishlistEntries.FindAsync(http, form, cancellationToken))?.Key;
                if (key is null || userId is null)
                {
                    return Results.NotFound();
                }
            }
            else
            {
                key = await book.ResolveAsync(WishlistForms.IdOf(form["productId"]), WishlistForms.IdOf(form["variantId"]), cancellationToken);
                if (key is null)
                {
                    return Page(new AlertPage(null, null, false, null, false, "This product is not for sale."), StatusCodes.Status404NotFound);
                }
            }

            var typed = form["email"].ToString().Trim();
            var email = typed.Length > 0 ? typed : userId is null ? null : (await http.RequestServices.GetRequiredService<UserManager<User>>().FindByIdAsync(userId))?.Email;
            if (email is null || email.Length > 256 || !MailAddress.TryCreate(email, out var address) || address.Address != email)
            {
                return Page(new AlertPage(null, typed, kind == AlertKind.PriceDrop, null, false, "Enter an email address, such as name@example.com."), StatusCodes.Status400BadRequest);
            }

            if (!await alerts.SubscribeAsync(email, userId, key.Value, kind, cancellationToken))
            {
                return Page(new AlertPage(null, email, false, null, false, "This product is not for sale."), StatusCodes.Status404NotFound);
            }

            return form["item"].ToString().Length > 0
                ? Results.Redirect("/account/wishlist")
                : Page(new AlertPage(await NameOfAsync(http, key.Value, cancellationToken), email, kind == AlertKind.PriceDrop, null, false, null));
        });

        endpoints.MapPost("/wishlist/alerts/stop", async (HttpContext http, AlertSubscriptions alerts, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is not { } form)
            {
                return Results.BadRequest(WishlistForms.Foreign);
            }

            var kind = form["kind"] == "price" ? AlertKind.PriceDrop : AlertKind.BackInStock;
            return await WishlistEntries.FindAsync(http, form, cancellationToken) is { } entry
                && await alerts.StopAsync(WishlistVisitor.UserIdOf(http)!, entry.Key, kind, cancellationToken)
                    ? Results.Redirect("/account/wishlist")
                    : Results.NotFound();
        }).RequireAuthorization();

        endpoints.MapGet("/wishlist/alerts/unsubscribe/{token}", async (string token, HttpContext http, AlertLinks links, AlertSubscriptions alerts, CancellationToken cancellationToken) =>
        {
            if (links.AlertIdOf(token) is not { } id)
            {
                return Results.NotFound();
            }

            var alert = await alerts.FindAsync(id, cancellationToken);
            return Page(alert is null
                ? new AlertPage(null, null, false, token, true, null)
                : new AlertPage(await NameOfAsync(http, new WishKey(alert.ProductId, alert.VariantId), cancellationToken), alert.Email, alert.Kind == AlertKind.PriceDrop, token, false, null));
        });

        endpoints.MapPost("/wishlist/alerts/unsubscribe/{token}", async (string token, HttpContext http, AlertLinks links, AlertSubscriptions alerts, CancellationToken cancellationToken) =>
        {
            if (links.AlertIdOf(token) is not { } id)
            {
                return Results.NotFound();
            }

            if (await WishlistForms.ReadAsync(http) is null)
            {
                return Page(new AlertPage(null, null, false, token, false, WishlistForms.Foreign), StatusCodes.Status400BadRequest);
            }

            await alerts.UnsubscribeAsync(id, cancellationToken);
            return Page(new AlertPage(null, null, false, token, true, null));
        });
    }

    private static async Task<string?> NameOfAsync(HttpContext http, WishKey key, CancellationToken cancellationToken) =>
        (await http.RequestServices.GetRequiredService<WishlistCatalog>().FindAsync([key], cancellationToken)).GetValueOrDefault(key) is { } product
            ? product.Options is null ? product.Name : $"{product.Name} ({product.Options})"
            : null;

    private static LiquidResult Page(AlertPage page, int status = StatusCodes.Status200OK) => Liquid.Page("Wishlist/Alert", page, status);
}
