using Store.Orders.Orders;

namespace Store.Orders.Guests;

/// <summary>A guest's order and its signed token: <c>GET /api/v1/guest/orders/{token}</c> reads it again, <see cref="Url"/> is its page.</summary>
public sealed record GuestOrderResponse(OrderDetail Order, string Token, string Url);
