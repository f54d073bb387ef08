using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Store.Core.Liquid;
using Store.Currencies.Contracts;
using Store.Wishlist.Items;

namespace Store.Wishlist.Sharing;

/// <summary>Sharing a wishlist through a read-only link, revoking it, and the page the link opens (no sign-in; 404 once revoked).</summary>
internal static class ShareEndpoints
{
    public static void MapWishlistSharing(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/wishlist/share", async (HttpContext http, WishlistShares shares, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is null)
            {
                return Results.BadRequest(WishlistForms.Foreign);
            }

            await shares.ShareAsync(WishlistVisitor.UserIdOf(http)!, cancellationToken);
            return Results.Redirect("/account/wishlist?shared=1");
        }).RequireAuthorization();

        endpoints.MapPost("/account/wishlist/share/revoke", async (HttpContext http, WishlistShares shares, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is null)
            {
                return Results.BadRequest(WishlistForms.Foreign);
            }

            await shares.RevokeAsync(WishlistVisitor.UserIdOf(http)!, cancellationToken);
            return Results.Redirect("/account/wishlist?shared=0");
        }).RequireAuthorization();

        endpoints.MapGet("/wishlist/shared/{token}", async (string token, HttpContext http, WishlistShares shares, WishlistBook book, WishlistReader reader, IShopperCurrency shopper, CancellationToken cancellationToken) =>
        {
            http.Response.Headers.CacheControl = "no-store";
            // Not for search engines: the link is private to the people it was given to.
            http.Response.Headers["X-Robots-Tag"] = "noindex";
            if (await shares.OwnerOfAsync(token, cancellationToken) is not { } owner)
            {
                return Results.NotFound();
            }

            var entries = (await book.ListAsync(owner, cancellationToken)).Select(i => (0, new WishKey(i.ProductId, i.VariantId))).ToList();
            var items = (await reader.ReadAsync(entries, null, cancellationToken)).Where(i => i.Available).ToList();
            return Liquid.Page("Wishlist/Shared", new WishlistPage(items, false, null, null, null) { Currency = (await shopper.GetAsync(cancellationToken)).Currency });
        });
    }
}
