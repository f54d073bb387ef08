using Store.Accounts.Api;

namespace Store.Orders.Orders;

/// <summary>
/// <c>POST /api/v1/orders</c>, all optional: a saved address's id, or an inline address (saved to the address
/// book when <see cref="SaveAddress"/>); neither ships to the default address. <see cref="ShippingMethodId"/> is one of
/// <c>GET /api/v1/cart/shipping-options</c>' ids for that address (left out: the cheapest). Prices or totals sent
/// along are ignored.
/// </summary>
public sealed record PlaceOrderRequest(int? AddressId, AddressRequest? Address, bool? SaveAddress, int? ShippingMethodId = null);
