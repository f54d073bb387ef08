namespace Store.Cart.Contracts;

/// <summary>
/// The one place totals are computed, for the cart page, the API and the order alike: lines, then shipping
/// (a flat rate, free from a threshold). Later steps (promotions, tax) belong here too.
/// </summary>
public sealed class CartPricing(CartOptions options)
{
    public long FreeShippingThreshold => options.FreeShippingThreshold;

    public PriceTotals Totals(IEnumerable<(long UnitPrice, int Quantity)> lines)
    {
        var subtotal = lines.Sum(l => checked(l.UnitPrice * l.Quantity));
        var shipping = subtotal == 0 || (options.FreeShippingThreshold > 0 && subtotal >= options.FreeShippingThreshold) ? 0 : options.ShippingFlatRate;
        return new PriceTotals(subtotal, shipping, subtotal + shipping);
    }
}
