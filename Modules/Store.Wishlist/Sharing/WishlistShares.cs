using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Wishlist.Sharing;

/// <summary>
/// A shopper's read-only link: a random token (256 bits) stored with the user, so it cannot be guessed and is
/// revoked by deleting the row; sharing again after a revoke makes a new token, never the old one.
/// </summary>
internal sealed class WishlistShares(StoreDbContext db, TimeProvider time)
{
    public static string PathOf(string token) => "/wishlist/shared/" + token;

    public Task<string?> TokenOfAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<WishlistShare>().Where(s => s.UserId == userId).Select(s => s.Token).FirstOrDefaultAsync(cancellationToken);

    public async Task<string> ShareAsync(string userId, CancellationToken cancellationToken)
    {
        if (await TokenOfAsync(userId, cancellationToken) is { } token)
        {
            return token;
        }

        db.Set<WishlistShare>().Add(new WishlistShare { UserId = userId, Token = Base64Url(RandomNumberGenerator.GetBytes(32)), CreatedUtc = time.GetUtcNow().UtcDateTime });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // two clicks at once: the first one's link stands
        }

        return (await TokenOfAsync(userId, cancellationToken))!;
    }

    public async Task<bool> RevokeAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<WishlistShare>().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>The user whose link <paramref name="token"/> is; null for a revoked or made-up one.</summary>
    public Task<string?> OwnerOfAsync(string token, CancellationToken cancellationToken) =>
        token.Length is 0 or > 64 ? Task.FromResult<string?>(null)
            : db.Set<WishlistShare>().Where(s => s.Token == token).Select(s => s.UserId).FirstOrDefaultAsync(cancellationToken);

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
