using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Store.Cart.Carts;
using Store.Core.Data;
using Store.Core.Liquid;

namespace Store.Cart.Storefront;

/// <summary>
/// <c>/cart/restore/{token}</c>, the link in a guest's cart reminder: the cart it names becomes this browser's (the
/// cart cookie; a signed-in shopper's next page merges it as at sign-in) and the shopper lands on <c>/cart</c>. A cart
/// since ordered, emptied or expired says so on the cart page; a token that fails its signature answers 404.
/// </summary>
internal static class CartRestoreEndpoint
{
    public const string Gone = "The cart in this link is no longer here: it was ordered, emptied or has expired. Your cart is shown instead.";

    public static void MapCartRestore(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/cart/restore/{token}", async (string token, HttpContext http, CartRestoreLinks links, StoreDbContext db, CartLocator locator, CartReader reader, TimeProvider time, CancellationToken cancellationToken) =>
        {
            if (links.Read(token) is not { } cartId)
            {
                return Results.NotFound();
            }

            http.Response.Headers.CacheControl = "no-store";
            var now = time.GetUtcNow().UtcDateTime;
            var cart = await db.Set<Carts.Cart>().AsNoTracking()
                .FirstOrDefaultAsync(c => c.Id == cartId && c.UserId == null && c.AnonymousKey != null && c.ExpiresUtc > now && c.Lines.Any(), cancellationToken);
            if (cart is null)
            {
                var own = await reader.ReadAsync(await locator.FindAsync(http, cancellationToken), takeNotices: false, cancellationToken);
                return Liquid.Page("Cart/Index", new CartPage(own, null, Gone));
            }

            locator.Attach(http, cart);
            return Results.Redirect("/cart?restored=1");
        });
}
