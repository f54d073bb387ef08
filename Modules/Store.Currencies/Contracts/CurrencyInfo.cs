using Store.Core.Money;

namespace Store.Currencies.Contracts;

/// <summary>
/// A currency the shop sells in: its ISO 4217 code, its <see cref="Rate"/> (units of it one unit of the base
/// currency buys, applying from <see cref="RateFrom"/>), and how its converted prices are rounded.
/// </summary>
public sealed record CurrencyInfo(string Code, decimal Rate, DateTime RateFrom, PriceRounding Rounding)
{
    public int Decimals => Money.DecimalsOf(Code);
}
