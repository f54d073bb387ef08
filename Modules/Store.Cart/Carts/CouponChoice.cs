using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Promotions.Contracts;

namespace Store.Cart.Carts;

/// <summary>
/// Entering and removing the cart's one code, for the cart page's form and the API alike. A code is kept only when it
/// applies to the cart as it is now; otherwise the shopper is told why (Promotions' rules) and nothing changes.
/// </summary>
internal sealed class CouponChoice(StoreDbContext db, CartReader reader, IDiscounts discounts)
{
    private const int ShownLength = 40;

    public async Task<CartEdit> ApplyAsync(Cart? cart, string? typed, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            return CartEdit.Invalid("Enter a code.");
        }

        var code = discounts.Normalize(typed);
        if (code is null)
        {
            var shown = typed.Trim();
            return CartEdit.Invalid($"We do not know the code {(shown.Length > ShownLength ? shown[..ShownLength] + "…" : shown)}: check its spelling.");
        }

        var priced = await reader.PriceAsync(cart, null, cancellationToken, code);
        if (cart is null || priced.Lines.Count == 0)
        {
            return CartEdit.Invalid("Add something to your cart before entering a code.");
        }

        if (priced.CouponRefusal is { } refusal)
        {
            return CartEdit.Invalid(refusal);
        }

        await db.Set<Cart>().Where(c => c.Id == cart.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CouponCode, code), cancellationToken);
        cart.CouponCode = code; // the caller shows this cart next
        return CartEdit.Saved();
    }

    public async Task<CartEdit> RemoveAsync(Cart? cart, CancellationToken cancellationToken)
    {
        if (cart is not null)
        {
            await db.Set<Cart>().Where(c => c.Id == cart.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.CouponCode, (string?)null), cancellationToken);
            cart.CouponCode = null;
        }

        return CartEdit.Saved();
    }
}
