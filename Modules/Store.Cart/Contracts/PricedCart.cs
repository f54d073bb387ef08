using Store.Shipping.Contracts;

namespace Store.Cart.Contracts;

/// <summary>
/// A cart priced for a destination, in minor units: the lines with their tax, the shipping methods offered and
/// the one chosen (null when the destination's zone offers none: <see cref="Ships"/> false), the tax on
/// shipping, and the totals. <c>Total = Subtotal + Shipping</c> when prices include tax, else
/// <c>Subtotal + Shipping + TaxTotal</c>; <c>TaxTotal</c> is every line's tax plus <c>ShippingTax</c>.
/// These figures are what an order copies (Order.cs) and what the payment provider charges.
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
}
