using Store.Shipping.Contracts;
using Store.Taxes.Contracts;

namespace Store.Cart.Contracts;

/// <summary>
/// The one pricing pipeline (DESIGN.md, "The money path"), used by the cart page, the cart API, checkout and the
/// order alike: lines, then shipping (the destination zone's methods, the chosen one or the cheapest), then tax
/// on each line and on shipping (rounded per amount, <see cref="TaxRounding"/>), then the total.
/// Promotions and coupons belong here too, between the lines and shipping.
/// </summary>
public sealed class CartPricing(ITaxCalculator taxes, ITaxSetup setup, IShippingRates shipping)
{
    /// <param name="destination">Null estimates for the shop's country (tax settings).</param>
    /// <param name="methodId">The shipping method asked for; when the zone does not offer it (or it is null), the cheapest is used: callers that must refuse compare <see cref="PricedCart.Method"/>.</param>
    public async Task<PricedCart> PriceAsync(IReadOnlyList<PricingLine> lines, PricingDestination? destination, int? methodId, CancellationToken cancellationToken)
    {
        var settings = await setup.GetAsync(cancellationToken);
        destination ??= new PricingDestination(settings.ShopCountry, null, null);
        var subtotal = lines.Sum(l => l.LineTotal);
        var weight = lines.Sum(l => (long)l.WeightGrams * l.Quantity);
        var quote = lines.Count == 0
            ? new ShippingQuote(null, [])
            : await shipping.QuoteAsync(new ShippingDestination(destination.Country, destination.Region), subtotal, weight, cancellationToken);
        var method = (methodId is { } id ? quote.Find(id) : null) ?? quote.Cheapest;
        var shippingPrice = method?.Price ?? 0;

        var amounts = lines.Select(l => new TaxableAmount(l.TaxCategory, l.LineTotal)).ToList();
        var shippingTaxed = settings.ShippingCategory is not null && shippingPrice > 0;
        if (shippingTaxed)
        {
            amounts.Add(new TaxableAmount(settings.ShippingCategory, shippingPrice));
        }

        var quotes = amounts.Count == 0
            ? []
            : await taxes.CalculateAsync(new TaxAddress(destination.Country, destination.Region, destination.PostalCode), amounts, settings.PricesIncludeTax, cancellationToken);
        var priced = lines.Select((l, i) => new PricedLine(l.LineTotal, quotes[i].Rate, quotes[i].Tax)).ToList();
        var shippingTax = shippingTaxed ? quotes[^1] : TaxQuote.None;
        var taxTotal = priced.Sum(p => p.TaxAmount) + shippingTax.Tax;
        var total = subtotal + shippingPrice + (settings.PricesIncludeTax ? 0 : taxTotal);
        return new PricedCart(priced, subtotal, quote.Options, method, shippingPrice, shippingTax.Rate, shippingTax.Tax, taxTotal, total, settings.PricesIncludeTax, destination);
    }
}
