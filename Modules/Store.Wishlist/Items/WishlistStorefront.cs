using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Store.Cart.Contracts;
using Store.Core.Email;
using Store.Core.Liquid;
using Store.Currencies.Contracts;
using Store.Wishlist.Sharing;

namespace Store.Wishlist.Items;

/// <summary>
/// The heart's forms (<c>/wishlist/add</c>, <c>/wishlist/remove</c>), moving an entry to the cart, and the wishlist
/// pages: <c>/account/wishlist</c> for a signed-in shopper, <c>/wishlist</c> for a visitor whose browser keeps it.
/// Every form works as a plain post (a redirect to the page); asked for JSON (what <c>site.js</c> does), it answers
/// <c>{ saved, message }</c> and the page stays where it is.
/// </summary>
internal static class WishlistStorefront
{
    public static void MapWishlistStorefront(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/wishlist", (HttpContext http, string? saved, string? removed, string? moved, CancellationToken cancellationToken) =>
            WishlistVisitor.UserIdOf(http) is not null
                ? Task.FromResult<IResult>(Results.Redirect("/account/wishlist" + http.Request.QueryString))
                : PageAsync(http, NoticeOf(saved, removed, moved), null, StatusCodes.Status200OK, cancellationToken));
        endpoints.MapGet("/account/wishlist", (HttpContext http, string? saved, string? removed, string? moved, string? shared, CancellationToken cancellationToken) =>
            PageAsync(http, shared switch { "1" => "Anyone with the link can now see your wishlist.", "0" => "The link no longer works.", _ => NoticeOf(saved, removed, moved) }, null, StatusCodes.Status200OK, cancellationToken))
            .RequireAuthorization();

        endpoints.MapPost("/wishlist/add", async (HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is not { } form)
            {
                return await RefusedAsync(http, WishlistForms.Foreign, StatusCodes.Status400BadRequest);
            }

            var services = http.RequestServices;
            var book = services.GetRequiredService<WishlistBook>();
            if (await book.ResolveAsync(WishlistForms.IdOf(form["productId"]), WishlistForms.IdOf(form["variantId"]), cancellationToken) is not { } key)
            {
                return await RefusedAsync(http, "This product is not for sale.", StatusCodes.Status404NotFound);
            }

            var saved = await services.GetRequiredService<WishlistVisitor>().SignedInAsync(http, cancellationToken) is { } userId
                ? await book.AddAsync(userId, key, cancellationToken) is not null
                : AnonymousWishlist.Add(http, key, services.GetRequiredService<TimeProvider>().GetUtcNow());
            return saved
                ? Done(http, "saved", "Saved to your wishlist.")
                : await RefusedAsync(http, "Your wishlist is full: remove something first.", StatusCodes.Status400BadRequest);
        });

        endpoints.MapPost("/wishlist/remove", async (HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is not { } form)
            {
                return await RefusedAsync(http, WishlistForms.Foreign, StatusCodes.Status400BadRequest);
            }

            return await WishlistEntries.FindAsync(http, form, cancellationToken) is not { } entry
                ? await RefusedAsync(http, "This item is not on your wishlist.", StatusCodes.Status404NotFound)
                : await WishlistEntries.RemoveAsync(http, entry, cancellationToken)
                    ? Done(http, "removed", "Removed from your wishlist.")
                    : await RefusedAsync(http, "This item is not on your wishlist.", StatusCodes.Status404NotFound);
        });

        endpoints.MapPost("/wishlist/move", async (HttpContext http, CancellationToken cancellationToken) =>
        {
            if (await WishlistForms.ReadAsync(http) is not { } form)
            {
                return await RefusedAsync(http, WishlistForms.Foreign, StatusCodes.Status400BadRequest);
            }

            if (await WishlistEntries.FindAsync(http, form, cancellationToken) is not { } entry)
            {
                return await RefusedAsync(http, "This item is not on your wishlist.", StatusCodes.Status404NotFound);
            }

            var services = http.RequestServices;
            var product = (await services.GetRequiredService<WishlistCatalog>().FindAsync([entry.Key], cancellationToken)).GetValueOrDefault(entry.Key);
            var refusal = product switch
            {
                null => "This product is no longer for sale.",
                { CartVariantId: null } => "Choose the options of this product on its page, then add it to your cart.",
                { InStock: false } => "This item is out of stock.",
                _ => null,
            };
            if (refusal is null)
            {
                var addition = await services.GetRequiredService<ICartContents>().AddAsync(http, product!.CartVariantId!.Value, 1, cancellationToken);
                refusal = addition.Added ? null : addition.Message ?? "This item could not be added to your cart.";
            }

            if (refusal is not null)
            {
                return await RefusedAsync(http, refusal, StatusCodes.Status400BadRequest);
            }

            await WishlistEntries.RemoveAsync(http, entry, cancellationToken);
            return Done(http, "moved", "Moved to your cart.");
        });
    }

    private static string? NoticeOf(string? saved, string? removed, string? moved) =>
        saved is not null ? "Saved to your wishlist." : removed is not null ? "Removed from your wishlist." : moved is not null ? "Moved to your cart." : null;

    private static IResult Done(HttpContext http, string what, string message) =>
        WishlistForms.WantsJson(http) ? Results.Json(new { saved = what == "saved", message }) : Results.Redirect($"{WishlistForms.PageOf(http)}?{what}=1");

    private static async Task<IResult> RefusedAsync(HttpContext http, string message, int status) =>
        WishlistForms.WantsJson(http)
            ? Results.Json(new { saved = false, message }, statusCode: status)
            : await PageAsync(http, null, message, status, http.RequestAborted);

    public static async Task<IResult> PageAsync(HttpContext http, string? notice, string? error, int status, CancellationToken cancellationToken)
    {
        http.Response.Headers.CacheControl = "no-store";
        var services = http.RequestServices;
        var entries = await services.GetRequiredService<WishlistVisitor>().EntriesAsync(http, cancellationToken);
        var userId = WishlistVisitor.UserIdOf(http);
        var items = await services.GetRequiredService<WishlistReader>().ReadAsync(entries, userId, cancellationToken);
        string? shareUrl = null;
        if (userId is not null && await services.GetRequiredService<WishlistShares>().TokenOfAsync(userId, cancellationToken) is { } token)
        {
            shareUrl = services.GetRequiredService<EmailOptions>().PublicOrigin(http) + WishlistShares.PathOf(token);
        }

        var currency = (await services.GetRequiredService<IShopperCurrency>().GetAsync(cancellationToken)).Currency;
        return Liquid.Page("Wishlist/Index", new WishlistPage(items, userId is not null, shareUrl, notice, error) { Currency = currency }, status);
    }
}
