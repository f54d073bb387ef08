using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Wishlist.Items;

/// <summary>
/// Signed-in shoppers' wishlists: one row per user, product and variant (a unique index), so two saves at once keep
/// one row and a second save of the same thing changes nothing. Every method takes the user's id: another user's
/// item is not found.
/// </summary>
internal sealed class WishlistBook(StoreDbContext db, ICatalogProducts catalog, TimeProvider time)
{
    public const int MaxItems = 200;

    /// <summary>What a form or request names, when it is a published product or variant: a variant names its product itself.</summary>
    public async Task<WishKey?> ResolveAsync(int? productId, int? variantId, CancellationToken cancellationToken)
    {
        if (variantId is > 0 and { } variant)
        {
            var found = await catalog.GetPublishedVariantsAsync([variant], cancellationToken);
            return found.Count == 1 && (productId is null or 0 || productId == found[0].ProductId) ? new WishKey(found[0].ProductId, variant) : null;
        }

        return productId is > 0 and { } product && (await catalog.GetPublishedVariantsOfProductsAsync([product], cancellationToken)).Count > 0
            ? new WishKey(product, 0)
            : null;
    }

    public Task<List<WishlistItem>> ListAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<WishlistItem>().AsNoTracking().Where(i => i.UserId == userId).OrderByDescending(i => i.AddedUtc).ThenByDescending(i => i.Id).ToListAsync(cancellationToken);

    public Task<WishlistItem?> FindAsync(string userId, int itemId, CancellationToken cancellationToken) =>
        db.Set<WishlistItem>().AsNoTracking().FirstOrDefaultAsync(i => i.Id == itemId && i.UserId == userId, cancellationToken);

    /// <summary>The saved row (the one already there when it was saved before); null when the wishlist is full.</summary>
    public async Task<WishlistItem?> AddAsync(string userId, WishKey key, CancellationToken cancellationToken)
    {
        if (await FindAsync(userId, key, cancellationToken) is { } existing)
        {
            return existing;
        }

        if (await db.Set<WishlistItem>().CountAsync(i => i.UserId == userId, cancellationToken) >= MaxItems)
        {
            return null;
        }

        var item = new WishlistItem { UserId = userId, ProductId = key.ProductId, VariantId = key.VariantId, AddedUtc = time.GetUtcNow().UtcDateTime };
        db.Set<WishlistItem>().Add(item);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return item;
        }
        catch (DbUpdateException)
        {
            // Another request saved the same thing first: the unique index kept its row.
            db.ChangeTracker.Clear();
            return await FindAsync(userId, key, cancellationToken);
        }
    }

    public async Task<bool> RemoveAsync(string userId, int itemId, CancellationToken cancellationToken) =>
        await db.Set<WishlistItem>().Where(i => i.Id == itemId && i.UserId == userId).ExecuteDeleteAsync(cancellationToken) > 0;

    public async Task<bool> RemoveAsync(string userId, WishKey key, CancellationToken cancellationToken) =>
        await db.Set<WishlistItem>().Where(i => i.UserId == userId && i.ProductId == key.ProductId && i.VariantId == key.VariantId)
            .ExecuteDeleteAsync(cancellationToken) > 0;

    /// <summary>Moves a visitor's browser-kept wishlist into the user's (at sign-in); entries already there stay as they are.</summary>
    public async Task MergeAsync(string userId, IReadOnlyList<WishKey> keys, CancellationToken cancellationToken)
    {
        foreach (var key in keys)
        {
            await AddAsync(userId, key, cancellationToken);
        }
    }

    private Task<WishlistItem?> FindAsync(string userId, WishKey key, CancellationToken cancellationToken) =>
        db.Set<WishlistItem>().AsNoTracking().FirstOrDefaultAsync(i => i.UserId == userId && i.ProductId == key.ProductId && i.VariantId == key.VariantId, cancellationToken);
}
