using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Store.Wishlist.Items;

/// <summary>
/// Finds the entry a form names, in the request's own wishlist only: <c>item</c> (a signed-in user's row id, the
/// browser's key) or, from the heart, <c>productId</c> and <c>variantId</c>. Another user's row is not found.
/// </summary>
internal static class WishlistEntries
{
    public static async Task<(int Id, WishKey Key)?> FindAsync(HttpContext http, IFormCollection form, CancellationToken cancellationToken)
    {
        var entries = await http.RequestServices.GetRequiredService<WishlistVisitor>().EntriesAsync(http, cancellationToken);
        var item = form["item"].ToString();
        if (item.Length > 0)
        {
            return WishlistVisitor.UserIdOf(http) is null
                ? entries.Where(e => e.Key.ToString() == item).Select(e => ((int Id, WishKey Key)?)e).FirstOrDefault()
                : entries.Where(e => WishlistForms.IdOf(item) == e.Id).Select(e => ((int Id, WishKey Key)?)e).FirstOrDefault();
        }

        var product = WishlistForms.IdOf(form["productId"]);
        var variant = WishlistForms.IdOf(form["variantId"]) ?? 0;
        // A heart names the product (and the page's the variant shown): the exact entry, else the product's newest.
        var ofProduct = entries.Where(e => e.Key.ProductId == product).Select(e => ((int Id, WishKey Key)?)e).ToList();
        return ofProduct.FirstOrDefault(e => e!.Value.Key.VariantId == variant) ?? ofProduct.FirstOrDefault();
    }

    public static async Task<bool> RemoveAsync(HttpContext http, (int Id, WishKey Key) entry, CancellationToken cancellationToken)
    {
        if (WishlistVisitor.UserIdOf(http) is { } userId)
        {
            return await http.RequestServices.GetRequiredService<WishlistBook>().RemoveAsync(userId, entry.Id, cancellationToken);
        }

        return AnonymousWishlist.Remove(http, entry.Key, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
    }
}
