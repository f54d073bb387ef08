using Microsoft.EntityFrameworkCore;
using Store.Catalog.Contracts;
using Store.Core.Data;
using Store.Currencies.Contracts;

namespace Store.Cart.Carts;

/// <summary>
/// Add, change, remove and clear, shared by the storefront forms and the API. Stock and names come from the
/// catalog at the moment of the change. A line's quantity changes by a conditional update on the quantity
/// read, so two adds at once both count (the loser reads again and retries).
/// </summary>
internal sealed class CartEditor(StoreDbContext db, ICatalogProducts catalog, CartOptions options, TimeProvider time, IShopperCurrency shopper)
{
    private const int Attempts = 5;

    public async Task<CartEdit> AddAsync(Cart cart, int variantId, int quantity, CancellationToken cancellationToken)
    {
        var variant = await FindAsync(variantId, cancellationToken);
        if (variant is null)
        {
            return CartEdit.NotFound("This product is not for sale.");
        }

        var name = ItemNames.Of(variant);
        var (price, currency) = await SeenAsync(variant, cancellationToken);
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            var line = await db.Set<CartLine>().AsNoTracking().FirstOrDefaultAsync(l => l.CartId == cart.Id && l.VariantId == variantId, cancellationToken);
            var had = line?.Quantity ?? 0;
            var wanted = had + quantity;
            var already = had > 0 ? $" You already have {had} in your cart." : "";
            if (wanted > variant.Stock)
            {
                return CartEdit.Invalid(CartEdit.NotEnough(name, variant.Stock) + already, variant.Stock);
            }

            if (wanted > options.MaxQuantityPerLine)
            {
                return CartEdit.Invalid($"At most {options.MaxQuantityPerLine} of one item fit in the cart.{already}", Math.Min(variant.Stock, options.MaxQuantityPerLine));
            }

            if (line is null)
            {
                if (await db.Set<CartLine>().CountAsync(l => l.CartId == cart.Id, cancellationToken) >= options.MaxLines)
                {
                    return CartEdit.Invalid($"A cart holds at most {options.MaxLines} different items.");
                }

                if (await TryInsertAsync(new CartLine { CartId = cart.Id, ProductId = variant.ProductId, VariantId = variantId, Quantity = wanted, PriceSeen = price, CurrencySeen = currency, NameSeen = name, AddedUtc = Now }, cancellationToken))
                {
                    return await SavedAsync(cart, name, cancellationToken);
                }
            }
            else if (await db.Set<CartLine>().Where(l => l.Id == line.Id && l.Quantity == had)
                .ExecuteUpdateAsync(s => s.SetProperty(l => l.Quantity, wanted).SetProperty(l => l.PriceSeen, price).SetProperty(l => l.CurrencySeen, currency), cancellationToken) == 1)
            {
                return await SavedAsync(cart, name, cancellationToken);
            }
        }

        return CartEdit.Invalid("Your cart changed at the same moment; please try again.");
    }

    public async Task<CartEdit> SetQuantityAsync(Cart cart, int variantId, int quantity, CancellationToken cancellationToken)
    {
        if (!await db.Set<CartLine>().AnyAsync(l => l.CartId == cart.Id && l.VariantId == variantId, cancellationToken))
        {
            return CartEdit.NotFound("This item is not in your cart.");
        }

        var variant = await FindAsync(variantId, cancellationToken);
        if (variant is null)
        {
            return CartEdit.Invalid("This product is no longer for sale; remove it from your cart.", 0);
        }

        if (quantity > variant.Stock)
        {
            return CartEdit.Invalid(CartEdit.NotEnough(ItemNames.Of(variant), variant.Stock), variant.Stock);
        }

        // The shopper chose this quantity looking at today's price, so the price notice is settled.
        var (price, currency) = await SeenAsync(variant, cancellationToken);
        await db.Set<CartLine>().Where(l => l.CartId == cart.Id && l.VariantId == variantId)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Quantity, quantity).SetProperty(l => l.PriceSeen, price).SetProperty(l => l.CurrencySeen, currency), cancellationToken);
        return await SavedAsync(cart, ItemNames.Of(variant), cancellationToken);
    }

    // The price as the shopper sees it now: in their currency, at today's rate (null currency: the base).
    private async Task<(long Price, string? Currency)> SeenAsync(CatalogVariantSnapshot variant, CancellationToken cancellationToken)
    {
        var money = await shopper.GetAsync(cancellationToken);
        return (money.Price(variant.Price, variant.FixedPrices), money.Converts ? money.Currency : null);
    }

    public async Task<CartEdit> RemoveAsync(Cart cart, int variantId, CancellationToken cancellationToken)
    {
        if (await db.Set<CartLine>().Where(l => l.CartId == cart.Id && l.VariantId == variantId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return CartEdit.NotFound("This item is not in your cart.");
        }

        return await SavedAsync(cart, null, cancellationToken);
    }

    public async Task ClearAsync(Cart cart, CancellationToken cancellationToken)
    {
        await db.Set<CartLine>().Where(l => l.CartId == cart.Id).ExecuteDeleteAsync(cancellationToken);
        await SavedAsync(cart, null, cancellationToken);
    }

    private async Task<CatalogVariantSnapshot?> FindAsync(int variantId, CancellationToken cancellationToken) =>
        await catalog.GetPublishedVariantsAsync([variantId], cancellationToken) is [var variant, ..] ? variant : null;

    private async Task<bool> TryInsertAsync(CartLine line, CancellationToken cancellationToken)
    {
        db.Set<CartLine>().Add(line);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false; // the same variant was added at the same moment: read it and add to it
        }
        finally
        {
            db.Entry(line).State = EntityState.Detached;
        }
    }

    // Every change restarts an anonymous cart's lifetime.
    private async Task<CartEdit> SavedAsync(Cart cart, string? name, CancellationToken cancellationToken)
    {
        var now = Now;
        DateTime? expires = cart.UserId is null ? now + options.AnonymousLifetime : null;
        await db.Set<Cart>().Where(c => c.Id == cart.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.UpdatedUtc, now).SetProperty(c => c.ExpiresUtc, expires), cancellationToken);
        return CartEdit.Saved(name);
    }

    private DateTime Now => time.GetUtcNow().UtcDateTime;
}
