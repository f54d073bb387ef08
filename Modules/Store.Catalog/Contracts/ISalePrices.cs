namespace Store.Catalog.Contracts;

/// <summary>
/// Sale prices that a later module (Promotions) sets for lists and product pages: the percentage off each product
/// that has one now. The catalog's own default has none; <see cref="Price"/> is the one rounding rule, shared with
/// the cart, so a page and the cart always agree.
/// </summary>
public interface ISalePrices
{
    /// <summary>The percentage off now, by product id, for those of <paramref name="productIds"/> on sale.</summary>
    Task<IReadOnlyDictionary<int, decimal>> PercentOffAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken);

    /// <summary>A unit price after <paramref name="percent"/> off, the discount rounded half away from zero to the minor unit.</summary>
    static long Price(long unitPrice, decimal percent) =>
        unitPrice - (long)Math.Round(unitPrice * percent / 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>The same in <paramref name="currency"/>, the discount rounded to what can be charged in it (<c>Money.ChargeStepOf</c>: 10 fils of a dinar).</summary>
    static long Price(long unitPrice, decimal percent, string currency) =>
        unitPrice - Store.Core.Money.Money.Chargeable((long)Math.Round(unitPrice * percent / 100m, 0, MidpointRounding.AwayFromZero), currency);
}
