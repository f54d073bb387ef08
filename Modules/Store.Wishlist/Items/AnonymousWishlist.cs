using Microsoft.AspNetCore.Http;

namespace Store.Wishlist.Items;

/// <summary>
/// An anonymous visitor's wishlist, kept in their browser: the <c>.Store.Wishlist</c> cookie lists product and
/// variant ids (nothing secret; every id is checked against the catalog when shown), at most <see cref="MaxItems"/>,
/// newest last. It moves into the database at sign-in (README, "Anonymous visitors").
/// </summary>
internal static class AnonymousWishlist
{
    public const string CookieName = ".Store.Wishlist";
    public const int MaxItems = 50;

    public static List<WishKey> Read(HttpContext http)
    {
        var value = http.Request.Cookies[CookieName];
        if (string.IsNullOrEmpty(value) || value.Length > 2000)
        {
            return [];
        }

        return value.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(WishKey.Parse).OfType<WishKey>().Distinct().Take(MaxItems).ToList();
    }

    /// <summary>Saves <paramref name="key"/>; false when the list is full.</summary>
    public static bool Add(HttpContext http, WishKey key, DateTimeOffset now)
    {
        var keys = Read(http);
        if (keys.Contains(key))
        {
            return true;
        }

        if (keys.Count >= MaxItems)
        {
            return false;
        }

        keys.Add(key);
        Write(http, keys, now);
        return true;
    }

    public static bool Remove(HttpContext http, WishKey key, DateTimeOffset now)
    {
        var keys = Read(http);
        if (!keys.Remove(key))
        {
            return false;
        }

        Write(http, keys, now);
        return true;
    }

    public static void Forget(HttpContext http)
    {
        if (!http.Response.HasStarted)
        {
            http.Response.Cookies.Delete(CookieName);
        }
    }

    private static void Write(HttpContext http, List<WishKey> keys, DateTimeOffset now)
    {
        if (keys.Count == 0)
        {
            Forget(http);
            return;
        }

        http.Response.Cookies.Append(CookieName, string.Join('.', keys), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,
            // What the visitor asked for (like the cart's cookie), not tracking.
            IsEssential = true,
            Expires = now.AddDays(180),
        });
    }
}
