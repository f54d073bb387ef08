using Microsoft.AspNetCore.Http;

namespace Store.Cart.Contracts;

/// <summary>What the Orders module's abandoned-cart reminders read and write of carts.</summary>
public interface IAbandonedCarts
{
    /// <summary>
    /// Carts with lines whose last change lies between <paramref name="changedAfter"/> and <paramref name="changedBefore"/>,
    /// belonging to a user or carrying a guest's email, oldest first; live anonymous carts only.
    /// </summary>
    Task<IReadOnlyList<IdleCart>> ListIdleAsync(DateTime changedAfter, DateTime changedBefore, int take, CancellationToken cancellationToken);

    /// <summary>Keeps the email a guest typed at checkout on the request's anonymous cart (no cart: nothing); the cart's last change stays as it was.</summary>
    Task RememberGuestEmailAsync(HttpContext http, string email, CancellationToken cancellationToken);

    /// <summary>The path of a signed link that brings a guest's cart back in any browser (<c>/cart/restore/{token}</c>).</summary>
    string RestorePathOf(int cartId);
}
