using Store.Promotions.Contracts;

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
    bool Ships = true)
{
    /// <summary>Promotions, the coupon and a free-shipping code, as lines under the subtotal.</summary>
    public IReadOnlyList<DiscountAdjustment> Discounts { get; init; } = [];

    public long DiscountTotal { get; init; }

    /// <summary>The code the cart carries (shown in the coupon form with a Remove button), or null.</summary>
    public string? CouponCode { get; init; }

    /// <summary>Why <see cref="CouponCode"/> no longer applies (it expired, was used up…), or null while it applies.</summary>
    public string? CouponMessage { get; init; }

    /// <summary>Changes whenever a discount line or the code's message does: <c>cart.js</c> reloads the page then.</summary>
    public string DiscountKey => string.Join("|", Discounts.Select(d => d.Amount)) + "|" + CouponMessage;
}
