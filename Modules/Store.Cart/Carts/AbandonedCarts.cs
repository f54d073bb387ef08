using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Cart.Contracts;
using Store.Core.Data;

namespace Store.Cart.Carts;

internal sealed class AbandonedCarts(StoreDbContext db, CartLocator locator, CartRestoreLinks restoreLinks, TimeProvider time) : IAbandonedCarts
{
    public string RestorePathOf(int cartId) => restoreLinks.PathOf(cartId);

    public async Task<IReadOnlyList<IdleCart>> ListIdleAsync(DateTime changedAfter, DateTime changedBefore, int take, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var carts = await db.Set<Cart>().AsNoTracking()
            .Where(c => c.UpdatedUtc > changedAfter && c.UpdatedUtc <= changedBefore && (c.UserId != null || (c.Email != null && c.ExpiresUtc > now)) && c.Lines.Any())
            .OrderBy(c => c.UpdatedUtc).Take(take)
            .Select(c => new { c.Id, c.UserId, c.Email, c.UpdatedUtc })
            .ToListAsync(cancellationToken);
        var ids = carts.Select(c => c.Id).ToList();
        var lines = (await db.Set<CartLine>().AsNoTracking().Where(l => ids.Contains(l.CartId)).OrderBy(l => l.Id)
            .Select(l => new { l.CartId, l.VariantId, l.Quantity }).ToListAsync(cancellationToken)).ToLookup(l => l.CartId);
        return carts.Select(c => new IdleCart(c.Id, c.UserId, c.UserId is null ? c.Email : null, c.UpdatedUtc, lines[c.Id].Select(l => new CartItem(l.VariantId, l.Quantity)).ToList())).ToList();
    }

    public async Task RememberGuestEmailAsync(HttpContext http, string email, CancellationToken cancellationToken)
    {
        if (CartLocator.UserIdOf(http) is null && await locator.FindAsync(http, cancellationToken) is { AnonymousKey: not null } cart && cart.Email != email)
        {
            await db.Set<Cart>().Where(c => c.Id == cart.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.Email, email), cancellationToken);
        }
    }
}
