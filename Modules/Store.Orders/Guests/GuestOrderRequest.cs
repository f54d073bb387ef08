using Store.Accounts.Api;

namespace Store.Orders.Guests;

/// <summary>
/// <c>POST /api/v1/guest/orders</c>: the guest's email and shipping address, and optionally a shipping method of
/// <c>GET /api/v1/cart/shipping-options</c>. The cart is the one the <c>Cart-Token</c> header names.
/// </summary>
public sealed record GuestOrderRequest(string? Email, AddressRequest? Address, int? ShippingMethodId = null);
