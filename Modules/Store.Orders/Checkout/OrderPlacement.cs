using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Store.Accounts.Addresses;
using Store.Accounts.Users;
using Store.Orders.Orders;

namespace Store.Orders.Checkout;

/// <summary>
/// Places a signed-in customer's cart: a saved address (or one typed in, saved to the address book when asked, after
/// the order), the account's email, coupon uses counted per account. The transaction is <see cref="OrderWriter"/>'s;
/// a guest's order is <c>Guests/GuestPlacement</c>'s.
/// </summary>
internal sealed class OrderPlacement(OrderWriter writer, AddressBook addresses, UserManager<User> users)
{
    public async Task<Placement> PlaceAsync(HttpContext http, string userId, string? key, ShippingChoice shipping, CancellationToken cancellationToken)
    {
        if (OrderWriter.CheckKey(key) is { } refused)
        {
            return refused;
        }

        var owner = new OrderOwner(userId, null, (await users.FindByIdAsync(userId))?.Email ?? "", userId);
        if (await writer.NumberForKeyAsync(owner, key!, cancellationToken) is { } existing)
        {
            return new Placement(existing, false, new Dictionary<string, string>());
        }

        var errors = new Dictionary<string, string>();
        var address = await AddressOfAsync(userId, shipping, errors, cancellationToken);
        var placed = await writer.PlaceAsync(http, owner, key!, address, errors, shipping.MethodId, cancellationToken);
        if (placed.Created && shipping is { NewAddress: { } input, SaveNewAddress: true })
        {
            // After the order, in a transaction of its own: a full address book does not stop a purchase.
            await addresses.AddAsync(userId, input, cancellationToken);
        }

        return placed;
    }

    private async Task<OrderAddress?> AddressOfAsync(string userId, ShippingChoice shipping, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        if (shipping.NewAddress is { } input)
        {
            return OrderWriter.FromInput(input, userId, errors);
        }

        var saved = shipping.AddressId is { } id
            ? await addresses.FindAsync(userId, id, cancellationToken)
            : (await addresses.ListAsync(userId, cancellationToken)).FirstOrDefault(a => a.IsDefault);
        if (saved is null)
        {
            errors["AddressId"] = shipping.AddressId is null ? "Choose or enter a shipping address." : "Choose one of your saved addresses.";
            return null;
        }

        return OrderWriter.From(saved);
    }
}
