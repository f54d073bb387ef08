namespace Store.Cart.Carts;

/// <summary>
/// The cart page's and the API's view of a cart. Totals count only the lines that can be ordered;
/// <see cref="CanCheckout"/> is false while any line has a stock or availability notice. Shipping and tax are
/// estimated for <see cref="ShipsTo"/> (the shopper's default address, else the shop's country) with the
/// cheapest method (<see cref="ShippingMethod"/>); <see cref="Ships"/> is false when no zone takes that country.
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
    string? CartToken = null,
    long TaxTotal = 0,
    bool PricesIncludeTax = true,
    string? ShippingMethod = null,
    string? ShipsTo = null,
    bool Ships = true);
