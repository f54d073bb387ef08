using Store.Core.Money;

namespace Store.Currencies.Contracts;

/// <summary>
/// The base currency (the shop's, chosen at setup: prices are entered in it) and the selling currencies with
/// their current rates. Every conversion in the shop goes through <see cref="Price"/> or <see cref="Amount"/>,
/// so rounding lives in one place (module README, "Conversion and rounding").
/// </summary>
public sealed record CurrencySetup(string Base, IReadOnlyList<CurrencyInfo> Selling)
{
    /// <summary>True when the shop sells in its base currency only: every caller keeps its single-currency path.</summary>
    public bool IsSingle => Selling.Count == 0;

    /// <summary>The currencies a shopper may choose, the base first.</summary>
    public IEnumerable<string> Codes => Selling.Select(c => c.Code).Prepend(Base);

    public CurrencyInfo? Find(string? code) =>
        code is null ? null : Selling.FirstOrDefault(c => string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>The code if the shop sells in it (upper case), else the base currency.</summary>
    public string Resolve(string? code) =>
        string.Equals(code, Base, StringComparison.OrdinalIgnoreCase) ? Base : Find(code)?.Code ?? Base;

    /// <summary>The rate from the base currency to <paramref name="code"/>; 1 for the base currency.</summary>
    public decimal RateOf(string code) => Find(code)?.Rate ?? 1m;

    /// <summary>
    /// A base price shown in <paramref name="code"/>: converted at the current rate and rounded by the currency's rule,
    /// then to what can be charged (<see cref="Money.ChargeStepOf"/>: whole hundredths of a dinar).
    /// </summary>
    public long Price(long baseMinor, string code)
    {
        if (Find(code) is not { } currency)
        {
            return baseMinor;
        }

        // A price never rounds down to nothing: the smallest positive one is one step.
        var rounded = currency.Rounding.Apply(Exact(baseMinor, currency));
        return rounded > 0 ? Math.Max(Money.Chargeable(rounded, currency.Code), Money.ChargeStepOf(currency.Code)) : rounded;
    }

    /// <summary>
    /// Any other base amount (a fixed discount, a shipping price, a threshold) in <paramref name="code"/>: converted
    /// and rounded to the minor unit, half away from zero, never to a charm ending.
    /// </summary>
    public long Amount(long baseMinor, string code) =>
        Find(code) is { } currency ? Money.Chargeable(PriceRounding.MinorUnit.Apply(Exact(baseMinor, currency)), currency.Code) : baseMinor;

    /// <summary>An amount in <paramref name="code"/> back in the base currency (for reports), to the base's minor unit.</summary>
    public long ToBase(long minor, string code, decimal rate)
    {
        if (string.Equals(code, Base, StringComparison.OrdinalIgnoreCase) || rate <= 0)
        {
            return minor;
        }

        var exact = minor / Scale(Money.DecimalsOf(code)) / rate * Scale(Money.DecimalsOf(Base));
        return (long)decimal.Round(exact, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// The lowest base price shown in <paramref name="code"/> at <paramref name="shownMin"/> or more: a price filter in the
    /// shopper's currency becomes one in the base currency, so the product index answers it as fast. Exact, because
    /// <see cref="Price"/> never decreases as the base price grows (a binary search over it).
    /// </summary>
    public long BaseAtLeast(long shownMin, string code)
    {
        if (Find(code) is null)
        {
            return shownMin;
        }

        var (low, high) = (0L, 1L);
        while (Price(high, code) < shownMin && high < long.MaxValue / 4)
        {
            high *= 2;
        }

        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            (low, high) = Price(middle, code) >= shownMin ? (low, middle) : (middle + 1, high);
        }

        return low;
    }

    /// <summary>The highest base price shown in <paramref name="code"/> at <paramref name="shownMax"/> or less; -1 when none is.</summary>
    public long BaseAtMost(long shownMax, string code) =>
        Find(code) is null ? shownMax : BaseAtLeast(shownMax + 1, code) - 1;

    private decimal Exact(long baseMinor, CurrencyInfo currency) =>
        baseMinor / Scale(Money.DecimalsOf(Base)) * currency.Rate * Scale(currency.Decimals);

    private static decimal Scale(int decimals) => decimals switch { 0 => 1m, 3 => 1000m, _ => 100m };
}
