using Microsoft.AspNetCore.Http;
using Store.Accounts.Web;
using Store.Cart.Contracts;
using Store.Orders.Checkout;

namespace Store.Orders.Guests;

/// <summary>
/// Places a guest's cart: the anonymous cart the request carries (its owner key stands for the guest, so a repeated
/// idempotency key finds the first order), the email and the address typed at checkout, and coupon uses counted per
/// email address, as a customer's count per account. The transaction is <see cref="OrderWriter"/>'s.
/// </summary>
internal sealed class GuestPlacement(OrderWriter writer, ICartContents cart)
{
    public async Task<Placement> PlaceAsync(HttpContext http, string? email, string? key, ShippingChoice shipping, CancellationToken cancellationToken)
    {
        if (OrderWriter.CheckKey(key) is { } refused)
        {
            return refused;
        }

        if ((await cart.GetGuestCartAsync(http, cancellationToken))?.OwnerKey is not { } guestKey)
        {
            return Placement.Refused("", "Your cart is empty.");
        }

        var typed = email?.Trim() ?? "";
        var owner = new OrderOwner(null, guestKey, typed, "guest:" + typed.ToLowerInvariant());
        if (await writer.NumberForKeyAsync(owner, key!, cancellationToken) is { } existing)
        {
            return new Placement(existing, false, new Dictionary<string, string>());
        }

        var errors = new Dictionary<string, string>();
        // A guest has no address book: the address is typed in.
        var address = shipping.NewAddress is { } input ? OrderWriter.FromInput(input, null, errors) : null;
        if (shipping.NewAddress is null)
        {
            errors["AddressId"] = "Enter a shipping address.";
        }

        FieldRules.Email(errors, "Email", email);
        return await writer.PlaceAsync(http, owner, key!, address, errors, shipping.MethodId, cancellationToken);
    }
}
