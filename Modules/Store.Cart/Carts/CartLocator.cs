using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Data;

namespace Store.Cart.Carts;

/// <summary>
/// Finds the cart of a request: the signed-in user's, or an anonymous visitor's through the signed cookie
/// (storefront) or the <c>Cart-Token</c> header (API). When both a user and an anonymous cart are present,
/// the anonymous one is merged into the user's first (see README, "Merge at sign-in").
/// </summary>
internal sealed class CartLocator(StoreDbContext db, IDataProtectionProvider protection, CartOptions options, TimeProvider time, CartMerge merge)
{
    public const string CookieName = ".Store.Cart";
    public const string TokenHeader = "Cart-Token";

    private IDataProtector Protector => protection.CreateProtector("Store.Cart.AnonymousKey");

    public static string? UserIdOf(HttpContext http) =>
        http.User.Identity?.IsAuthenticated == true ? CurrentUser.IdOf(http.User) : null;

    /// <summary>The request's cart, or null when it has none yet (a cart is made at the first add).</summary>
    public async Task<Cart?> FindAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var userId = UserIdOf(http);
        var key = AnonymousKeyOf(http);
        if (userId is null)
        {
            return key is null ? null : await db.Set<Cart>().FirstOrDefaultAsync(c => c.AnonymousKey == key && c.ExpiresUtc > Now, cancellationToken);
        }

        if (key is not null)
        {
            await merge.MergeAsync(key, userId, cancellationToken);
            ForgetAnonymous(http);
        }

        return await db.Set<Cart>().FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
    }

    public async Task<Cart> GetOrCreateAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (await FindAsync(http, cancellationToken) is { } found)
        {
            return found;
        }

        var userId = UserIdOf(http);
        var now = Now;
        var cart = new Cart
        {
            UserId = userId,
            AnonymousKey = userId is null ? NewKey() : null,
            CreatedUtc = now,
            UpdatedUtc = now,
            ExpiresUtc = userId is null ? now + options.AnonymousLifetime : null,
        };
        db.Set<Cart>().Add(cart);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (userId is not null)
        {
            // Two first adds at once: the unique index kept the other request's cart; use it.
            db.ChangeTracker.Clear();
            return await db.Set<Cart>().FirstAsync(c => c.UserId == userId, cancellationToken);
        }

        if (userId is null)
        {
            Attach(http, cart);
        }

        return cart;
    }

    /// <summary>Makes an anonymous cart the request's: its token for an API client, the cookie in a browser (for the cart's remaining life).</summary>
    public void Attach(HttpContext http, Cart cart)
    {
        http.Items[typeof(CartLocator)] = TokenOf(cart);
        if (!IsApi(http))
        {
            http.Response.Cookies.Append(CookieName, TokenOf(cart)!, new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = http.Request.IsHttps,
                IsEssential = true,
                Expires = cart.ExpiresUtc ?? Now + options.AnonymousLifetime,
            });
        }
    }

    /// <summary>The token an anonymous API client sends back in <c>Cart-Token</c>; null for a user's cart.</summary>
    public string? TokenOf(Cart? cart) => cart?.AnonymousKey is { } key ? Protector.Protect(key) : null;

    private string? AnonymousKeyOf(HttpContext http)
    {
        var token = IsApi(http) ? http.Request.Headers[TokenHeader].ToString() : http.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return Protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null; // forged, or made with a retired key: the visitor starts a new cart
        }
    }

    private void ForgetAnonymous(HttpContext http)
    {
        if (!IsApi(http) && !http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(CookieName);
        }
    }

    private static bool IsApi(HttpContext http) => http.Request.Path.StartsWithSegments("/api");

    private static string NewKey() => Convert.ToHexString(RandomNumberGenerator.GetBytes(24));

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
