namespace Store.Cart.Carts;

/// <summary>
/// The cart page's and the API's view of a cart. Totals count only the lines that can be ordered;
/// <see cref="CanCheckout"/> is false while any line has a stock or availability notice.
/// </summary>
public sealed record CartView(
    IReadOnlyList<CartLineView> Lines,
    int Count,
    long Subtotal,
    long Shipping,
    long Total,
    long FreeShippingFrom,
    bool CanCheckout,
    int MaxQuantity,
    IReadOnlyList<string> Notices,
    string Currency,
    string? CartToken = null);
