using Microsoft.AspNetCore.Http;

namespace Store.Cart.Contracts;

/// <summary>What the Orders module may do with a cart: read the signed-in shopper's (or a guest's) lines and empty them.</summary>
public interface ICartContents
{
    /// <summary>The signed-in user's cart lines (an anonymous cart carried by the request is merged first).</summary>
    Task<IReadOnlyList<CartItem>> GetItemsAsync(HttpContext http, string userId, CancellationToken cancellationToken);

    /// <summary>The coupon code on the user's cart, or null.</summary>
    Task<string?> CouponCodeAsync(string userId, CancellationToken cancellationToken);

    /// <summary>
    /// Empties the user's cart and removes its code; joins the caller's transaction, so the order and the emptied cart
    /// commit together. The number of lines removed: 0 when another order emptied the cart since it was read.
    /// </summary>
    Task<int> ClearAsync(string userId, CancellationToken cancellationToken);

    /// <summary>The anonymous cart the request carries (the cookie, or <c>Cart-Token</c> on the API), for guest checkout; null when none.</summary>
    Task<GuestCart?> GetGuestCartAsync(HttpContext http, CancellationToken cancellationToken);

    /// <summary>
    /// Adds <paramref name="quantity"/> of a variant to the request's cart (made at the first add), by the same rules as the
    /// cart's own form: refused with the shopper's message when the variant is not for sale or short of stock.
    /// </summary>
    Task<CartAddition> AddAsync(HttpContext http, int variantId, int quantity, CancellationToken cancellationToken);

    /// <summary>Empties an anonymous cart and removes its code, inside the caller's transaction (the guest's order committed with it); the number of lines removed.</summary>
    Task<int> ClearGuestCartAsync(int cartId, CancellationToken cancellationToken);
}
