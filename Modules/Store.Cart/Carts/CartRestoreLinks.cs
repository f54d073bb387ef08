using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace Store.Cart.Carts;

/// <summary>
/// The "restore your cart" link of a guest's reminder (README, "Restoring a guest's cart"): the cart's id signed with
/// data protection (the key ring every node shares), so the link brings the cart back in any browser, and a changed
/// character finds no cart.
/// </summary>
internal sealed class CartRestoreLinks(IDataProtectionProvider protection)
{
    private IDataProtector Protector => protection.CreateProtector("Store.Cart.Restore");

    public string PathOf(int cartId) => "/cart/restore/" + Protector.Protect(cartId.ToString(CultureInfo.InvariantCulture));

    /// <summary>The cart id the token names; null when it is not one of ours.</summary>
    public int? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        try
        {
            return int.TryParse(Protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
