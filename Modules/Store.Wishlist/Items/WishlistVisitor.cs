using Microsoft.AspNetCore.Http;
using Store.Accounts.Users;

namespace Store.Wishlist.Items;

/// <summary>
/// The wishlist of a request: a signed-in user's rows, or an anonymous visitor's cookie. A request that carries both
/// (the first one after signing in: in practice the page's <c>/session</c> call) moves the cookie's entries that are
/// still for sale into the user's rows and drops the cookie, as the cart does with an anonymous cart.
/// </summary>
internal sealed class WishlistVisitor(WishlistBook book, WishlistCatalog catalog)
{
    public static string? UserIdOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User) : null;

    /// <summary>The user's id after merging what the browser kept; null for an anonymous visitor.</summary>
    public async Task<string?> SignedInAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var userId = UserIdOf(http);
        if (userId is null || http.Request.Path.StartsWithSegments("/api"))
        {
            return userId;
        }

        var kept = AnonymousWishlist.Read(http);
        if (kept.Count > 0)
        {
            var forSale = await catalog.FindAsync(kept, cancellationToken);
            await book.MergeAsync(userId, kept.Where(forSale.ContainsKey).ToList(), cancellationToken);
            AnonymousWishlist.Forget(http);
        }

        return userId;
    }

    /// <summary>The request's entries, newest first, with the row id of a signed-in user's (0 for the browser's).</summary>
    public async Task<List<(int Id, WishKey Key)>> EntriesAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (await SignedInAsync(http, cancellationToken) is { } userId)
        {
            return (await book.ListAsync(userId, cancellationToken)).Select(i => (i.Id, new WishKey(i.ProductId, i.VariantId))).ToList();
        }

        return AnonymousWishlist.Read(http).AsEnumerable().Reverse().Select(k => (0, k)).ToList();
    }
}
