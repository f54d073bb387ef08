using Store.Core.Money;
using Store.Currencies.Contracts;
using Store.Promotions.Contracts;
using Store.Shipping.Contracts;
using Store.Taxes.Contracts;

namespace Store.Cart.Contracts;

/// <summary>
/// The one pricing pipeline (DESIGN.md, "The money path"), used by the cart page, the cart API, checkout and the
/// order alike: lines, then automatic promotions and the coupon (Promotions module, <see cref="IDiscounts"/>), then
/// shipping (the destination zone's methods, the chosen one or the cheapest; free-shipping codes take it off),
/// then tax on each line and on shipping, each on what is charged after discounts (rounded per amount,
/// <see cref="TaxRounding"/>), then the total. Lines come with base-currency unit prices; the cart is priced in
/// the shopper's currency (Currencies module): unit prices converted and rounded by the currency's rule first, fixed
/// amounts (coupons, shipping) to its minor unit, percentages applied to converted amounts, so the lines add up to
/// the total charged.
/// </summary>
public sealed class CartPricing(ITaxCalculator taxes, ITaxSetup setup, IShippingRates shipping, IDiscounts discounts, IShopperCurrency shopper)
{
    /// <param name="destination">Null estimates for the shop's country (tax settings).</param>
    /// <param name="methodId">The shipping method asked for; when the zone does not offer it (or it is null), the cheapest is used: callers that must refuse compare <see cref="PricedCart.Method"/>.</param>
    public Task<PricedCart> PriceAsync(IReadOnlyList<PricingLine> lines, PricingDestination? destination, int? methodId, CancellationToken cancellationToken) =>
        PriceAsync(lines, destination, methodId, CouponRequest.None, cancellationToken);

    public async Task<PricedCart> PriceAsync(IReadOnlyList<PricingLine> lines, PricingDestination? destination, int? methodId, CouponRequest coupon, CancellationToken cancellationToken)
    {
        var settings = await setup.GetAsync(cancellationToken);
        var money = await shopper.GetAsync(cancellationToken);
        lines = money.Converts ? lines.Select(l => l with { UnitPrice = money.Price(l.UnitPrice, l.FixedPrices) }).ToList() : lines;
        // The final rounding: every amount is one the payment provider can charge (a dinar's last digit is 0, Money.ChargeStepOf),
        // each line rounded on its own, so the lines still add up to the total.
        var step = Money.ChargeStepOf(money.Currency);
        lines = step == 1 ? lines : lines.Select(l => l with { UnitPrice = Money.Chargeable(l.UnitPrice, money.Currency) }).ToList();
        destination ??= new PricingDestination(settings.ShopCountry, null, null);
        var discounted = await discounts.ApplyAsync(
            new DiscountRequest(lines.Select(l => new DiscountableLine(l.ProductId, l.UnitPrice, l.Quantity)).ToList(), coupon.Code, coupon.UserId) { Money = money }, cancellationToken);
        var subtotal = lines.Sum(l => l.LineTotal);
        var charged = lines.Select((l, i) => l.LineTotal - discounted.Lines[i].Total).ToList();
        var weight = lines.Sum(l => (long)l.WeightGrams * l.Quantity);
        // Shipping thresholds ("free from 50.00") look at what the shopper pays for the goods.
        var quote = lines.Count == 0
            ? new ShippingQuote(null, [])
            : Chargeable(Converted(await shipping.QuoteAsync(new ShippingDestination(destination.Country, destination.Region), money.ToBase(charged.Sum()), weight, cancellationToken), money), money.Currency);
        var method = (methodId is { } id ? quote.Find(id) : null) ?? quote.Cheapest;
        var shippingPrice = method?.Price ?? 0;
        var shippingDiscount = discounted.Coupon is { FreeShipping: true } ? shippingPrice : 0;
        var adjustments = discounted.Adjustments.ToList();
        if (shippingDiscount > 0)
        {
            adjustments.Add(new DiscountAdjustment(DiscountAdjustment.Shipping, discounted.Coupon!.Code, discounted.Coupon.Description, shippingDiscount));
        }

        var amounts = lines.Select((l, i) => new TaxableAmount(l.TaxCategory, charged[i])).ToList();
        var shippingCharged = shippingPrice - shippingDiscount;
        var shippingTaxed = settings.ShippingCategory is not null && shippingCharged > 0;
        if (shippingTaxed)
        {
            amounts.Add(new TaxableAmount(settings.ShippingCategory, shippingCharged));
        }

        var quotes = amounts.Count == 0
            ? []
            : await taxes.CalculateAsync(new TaxAddress(destination.Country, destination.Region, destination.PostalCode), amounts, settings.PricesIncludeTax, cancellationToken);
        quotes = step == 1 ? quotes : quotes.Select(q => q with { Tax = Money.Chargeable(q.Tax, money.Currency) }).ToList();
        var priced = lines.Select((l, i) => new PricedLine(l.LineTotal, quotes[i].Rate, quotes[i].Tax, discounted.Lines[i].Total, discounted.Lines[i].SaleUnitPrice) { UnitPrice = l.UnitPrice }).ToList();
        var shippingTax = shippingTaxed ? quotes[^1] : TaxQuote.None;
        var taxTotal = priced.Sum(p => p.TaxAmount) + shippingTax.Tax;
        var total = charged.Sum() + shippingCharged + (settings.PricesIncludeTax ? 0 : taxTotal);
        return new PricedCart(priced, subtotal, quote.Options, method, shippingPrice, shippingTax.Rate, shippingTax.Tax, taxTotal, total, settings.PricesIncludeTax, destination)
        {
            Discounts = adjustments,
            ShippingDiscount = shippingDiscount,
            Coupon = discounted.Coupon,
            CouponRefusal = discounted.Refusal,
            Currency = money.Currency,
            ExchangeRate = money.Rate,
            BaseTotal = money.Converts && total > 0 ? money.ToBase(total) : null,
        };
    }

    private static ShippingQuote Chargeable(ShippingQuote quote, string currency) => Money.ChargeStepOf(currency) == 1 ? quote : quote with
    {
        Options = quote.Options.Select(o => o with { Price = Money.Chargeable(o.Price, currency) }).ToList(),
    };

    // Shipping is priced in the base currency (bands and the free threshold compare with the base value of the goods),
    // then each price and threshold is converted to the minor unit.
    private static ShippingQuote Converted(ShippingQuote quote, ShopperMoney money) => !money.Converts ? quote : quote with
    {
        Options = quote.Options.Select(o => o with { Price = money.Amount(o.Price), FreeFrom = o.FreeFrom is { } from ? money.Amount(from) : null }).ToList(),
    };
}
