using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;

namespace Store.Cart.Carts;

/// <summary>
/// Moves an anonymous cart into a user's at sign-in: quantities of the same variant add up, capped by stock
/// and the line maximum; lines no longer for sale are left out; the coupon code comes along unless the user's cart
/// has one (<see cref="KeepCode"/>). Each change becomes a notice on the user's
/// cart, shown once. Deleting the anonymous cart is the first write, so of two requests racing to merge
/// the same cart only one does it.
/// </summary>
internal sealed class CartMerge(StoreDbContext db, ICatalogProducts catalog, CartOptions options, TimeProvider time)
{
    public async Task MergeAsync(string anonymousKey, string userId, CancellationToken cancellationToken)
    {
        var anonymous = await db.Set<Cart>().AsNoTracking().Include(c => c.Lines).FirstOrDefaultAsync(c => c.AnonymousKey == anonymousKey, cancellationToken);
        if (anonymous is null)
        {
            return;
        }

        var variants = (await catalog.GetPublishedVariantsAsync(anonymous.Lines.Select(l => l.VariantId).ToList(), cancellationToken)).ToDictionary(v => v.VariantId);
        var now = time.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await db.Set<Cart>().Where(c => c.Id == anonymous.Id).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return;
        }

        var expired = anonymous.ExpiresUtc <= now;
        var cart = await db.Set<Cart>().Include(c => c.Lines).FirstOrDefaultAsync(c => c.UserId == userId, cancellationToken);
        if (cart is null)
        {
            cart = new Cart { UserId = userId, CreatedUtc = now, UpdatedUtc = now };
            db.Set<Cart>().Add(cart);
        }

        var notices = expired ? [] : Merge(anonymous.Lines, cart, variants, now);
        if (!expired && KeepCode(anonymous.CouponCode, cart) is { } notice)
        {
            notices.Add(notice);
        }

        if (notices.Count > 0)
        {
            cart.Notices = string.Join('\n', (cart.Notices is null ? notices : [cart.Notices, .. notices]).TakeLast(20));
        }

        cart.UpdatedUtc = now;
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// The anonymous cart's code comes along when the user's cart has none; the user's own code wins otherwise (one
    /// code per order). The kept code is not checked here: every pricing checks it for the signed-in user (the
    /// per-customer limit included), so a code this user may not use shows its reason on the cart and stops the order
    /// until removed (Promotions README, "Refusals").
    /// </summary>
    private static string? KeepCode(string? code, Cart cart)
    {
        if (code is null || code == cart.CouponCode)
        {
            return null;
        }

        if (cart.CouponCode is { } own)
        {
            return $"The code {code} you entered before signing in was not kept: your cart already has the code {own}, and an order takes one code.";
        }

        cart.CouponCode = code;
        return $"The code {code} you entered before signing in is on your cart.";
    }

    private List<string> Merge(List<CartLine> incoming, Cart cart, Dictionary<int, CatalogVariantSnapshot> variants, DateTime now)
    {
        var notices = new List<string>();
        foreach (var line in incoming.OrderBy(l => l.Id))
        {
            if (!variants.TryGetValue(line.VariantId, out var variant))
            {
                notices.Add($"{line.NameSeen} is no longer for sale, so it was left out.");
                continue;
            }

            var name = ItemNames.Of(variant);
            var limit = Math.Min(variant.Stock, options.MaxQuantityPerLine);
            var existing = cart.Lines.FirstOrDefault(l => l.VariantId == line.VariantId);
            var had = existing?.Quantity ?? 0;
            var wanted = had + line.Quantity;
            var kept = Math.Max(had, Math.Min(wanted, limit));
            if (kept == 0)
            {
                notices.Add($"{name} is out of stock, so it was left out.");
                continue;
            }

            if (existing is null)
            {
                if (cart.Lines.Count >= options.MaxLines)
                {
                    notices.Add($"{name} was left out: a cart holds at most {options.MaxLines} different items.");
                    continue;
                }

                cart.Lines.Add(new CartLine { ProductId = variant.ProductId, VariantId = variant.VariantId, Quantity = kept, PriceSeen = line.PriceSeen, CurrencySeen = line.CurrencySeen, NameSeen = name, AddedUtc = now });
            }
            else
            {
                existing.Quantity = kept;
            }

            if (kept < wanted)
            {
                notices.Add($"{name}: {kept} in your cart instead of {wanted}, {(kept == variant.Stock ? "all that is in stock" : "the most one line holds")}.");
            }
            else if (had > 0)
            {
                notices.Add($"{name}: {kept} in your cart ({had} already there and {line.Quantity} added before you signed in).");
            }
            else
            {
                notices.Add($"{name} ({kept}) was added from before you signed in.");
            }
        }

        return notices;
    }
}
