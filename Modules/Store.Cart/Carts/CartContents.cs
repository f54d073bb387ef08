using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Cart.Contracts;
using Store.Core.Data;

namespace Store.Cart.Carts;

internal sealed class CartContents(StoreDbContext db, CartLocator locator, CartEditor editor) : ICartContents
{
    public async Task<CartAddition> AddAsync(HttpContext http, int variantId, int quantity, CancellationToken cancellationToken)
    {
        var edit = await editor.AddAsync(await locator.GetOrCreateAsync(http, cancellationToken), variantId, quantity, cancellationToken);
        return new CartAddition(edit.Status == CartEditStatus.Saved, edit.Message);
    }

    public async Task<IReadOnlyList<CartItem>> GetItemsAsync(HttpContext http, string userId, CancellationToken cancellationToken)
    {
        // Finding the request's cart merges an anonymous cart it still carries.
        await locator.FindAsync(http, cancellationToken);
        return await db.Set<CartLine>().AsNoTracking()
            .Where(l => db.Set<Cart>().Any(c => c.Id == l.CartId && c.UserId == userId))
            .OrderBy(l => l.Id)
            .Select(l => new CartItem(l.VariantId, l.Quantity))
            .ToListAsync(cancellationToken);
    }

    public Task<string?> CouponCodeAsync(string userId, CancellationToken cancellationToken) =>
        db.Set<Cart>().Where(c => c.UserId == userId).Select(c => c.CouponCode).FirstOrDefaultAsync(cancellationToken);

    public async Task<int> ClearAsync(string userId, CancellationToken cancellationToken)
    {
        var removed = await db.Set<CartLine>().Where(l => db.Set<Cart>().Any(c => c.Id == l.CartId && c.UserId == userId)).ExecuteDeleteAsync(cancellationToken);
        // One code per order: the next cart starts without it.
        await db.Set<Cart>().Where(c => c.UserId == userId && c.CouponCode != null).ExecuteUpdateAsync(s => s.SetProperty(c => c.CouponCode, (string?)null), cancellationToken);
        return removed;
    }

    public async Task<GuestCart?> GetGuestCartAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (CartLocator.UserIdOf(http) is not null || await locator.FindAsync(http, cancellationToken) is not { AnonymousKey: { } key } found)
        {
            return null;
        }

        var items = await db.Set<CartLine>().AsNoTracking().Where(l => l.CartId == found.Id).OrderBy(l => l.Id)
            .Select(l => new CartItem(l.VariantId, l.Quantity)).ToListAsync(cancellationToken);
        // The key itself unlocks the cart: orders keep only its hash.
        var owner = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..40];
        return new GuestCart(found.Id, owner, items, found.CouponCode);
    }

    public async Task<int> ClearGuestCartAsync(int cartId, CancellationToken cancellationToken)
    {
        var removed = await db.Set<CartLine>().Where(l => l.CartId == cartId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Cart>().Where(c => c.Id == cartId && c.CouponCode != null).ExecuteUpdateAsync(s => s.SetProperty(c => c.CouponCode, (string?)null), cancellationToken);
        return removed;
    }
}
