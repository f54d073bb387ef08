using Store.Accounts.Addresses;

namespace Store.Orders.Checkout;

/// <summary>
/// Where to ship: a saved address by id, a new one (optionally saved to the address book), or neither (the default
/// address); and the shipping method chosen (null: the cheapest the address's zone offers).
/// </summary>
internal sealed record ShippingChoice(int? AddressId, AddressInput? NewAddress, bool SaveNewAddress, int? MethodId = null);
