namespace Store.Cart.Carts;

/// <summary>
/// <c>GET /api/v1/cart/shipping-options</c>: the methods the destination's zone offers for the cart (minor units),
/// the one the totals use (<see cref="Selected"/>, the cheapest), and the totals with tax for that destination.
/// <see cref="Ships"/> false (no options) means an order to that country is refused; <see cref="Message"/> says so.
/// </summary>
public sealed record ShippingOptionsResponse(
    string Country,
    bool Ships,
    string? Message,
    IReadOnlyList<ShippingOptionResponse> Options,
    int? Selected,
    long Subtotal,
    long Shipping,
    long TaxTotal,
    long Total,
    bool PricesIncludeTax,
    string Currency);
