using Store.Promotions.Contracts;
using Store.Shipping.Contracts;

namespace Store.Cart.Contracts;

/// <summary>
/// A cart priced for a destination, in minor units: the lines with their discounts and tax, the shipping methods
/// offered and the one chosen (null when the destination's zone offers none: <see cref="Ships"/> false), the tax on
/// shipping, the named discounts, and the totals. <c>Total = Subtotal - DiscountTotal + Shipping</c> when prices
/// include tax, else <c>Subtotal - DiscountTotal + Shipping + TaxTotal</c>; <c>DiscountTotal</c> is every line's
/// discount plus <c>ShippingDiscount</c> (a free-shipping code); <c>TaxTotal</c> is every line's tax plus
/// <c>ShippingTax</c>, each on what is charged after discounts. These figures are what an order copies (Order.cs)
/// and what the payment provider charges.
/// </summary>
public sealed record PricedCart(
    IReadOnlyList<PricedLine> Lines,
    long Subtotal,
    IReadOnlyList<ShippingOption> ShippingOptions,
    ShippingOption? Method,
    long Shipping,
    decimal ShippingTaxRate,
    long ShippingTax,
    long TaxTotal,
    long Total,
    bool PricesIncludeTax,
    PricingDestination Destination)
{
    /// <summary>False when no shipping zone takes the destination (and the cart has lines): such an order is refused.</summary>
    public bool Ships => Lines.Count == 0 || Method is not null;

    /// <summary>Promotions, then the coupon, then a free-shipping code's line: what the cart and the order list.</summary>
    public IReadOnlyList<DiscountAdjustment> Discounts { get; init; } = [];

    public long ShippingDiscount { get; init; }

    public long DiscountTotal => Lines.Sum(l => l.Discount) + ShippingDiscount;

    /// <summary>The coupon that applies, or null.</summary>
    public AppliedCoupon? Coupon { get; init; }

    /// <summary>Why the cart's code does not apply (a sentence for the shopper), or null.</summary>
    public string? CouponRefusal { get; init; }

    /// <summary>The currency every figure is in: the shopper's (Currencies module); empty only in tests that build one by hand.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Units of <see cref="Currency"/> per one unit of the base currency when priced; 1 in the base currency.</summary>
    public decimal ExchangeRate { get; init; } = 1m;

    /// <summary><see cref="Total"/> in the base currency at <see cref="ExchangeRate"/>, for reports; null in the base currency or when nothing is charged.</summary>
    public long? BaseTotal { get; init; }
}
