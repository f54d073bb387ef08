using Store.Accounts.Addresses;

namespace Store.Orders.Checkout;

/// <summary>Where to ship: a saved address by id, a new one (optionally saved to the address book), or neither (the default address).</summary>
internal sealed record ShippingChoice(int? AddressId, AddressInput? NewAddress, bool SaveNewAddress);
