using Store.Core.Money;

namespace Store.Currencies.Contracts;

/// <summary>
/// The request's currency with the setup that converts into it: what the catalog shows, the cart prices and an order
/// is placed in. In the base currency every method returns what it is given.
/// </summary>
public sealed record ShopperMoney(CurrencySetup Setup, string Currency)
{
    public bool Converts => !string.Equals(Currency, Setup.Base, StringComparison.Ordinal);

    /// <summary>Units of <see cref="Currency"/> per one unit of the base currency; 1 in the base currency.</summary>
    public decimal Rate => Setup.RateOf(Currency);

    /// <inheritdoc cref="CurrencySetup.Price"/>
    public long Price(long baseMinor) => Setup.Price(baseMinor, Currency);

    /// <summary>The price fixed in <see cref="Currency"/> among <paramref name="fixedPrices"/>; none in the base currency.</summary>
    public FixedPrice? FixedIn(IReadOnlyList<FixedPrice>? fixedPrices) =>
        !Converts || fixedPrices is null ? null : fixedPrices.FirstOrDefault(f => string.Equals(f.Currency, Currency, StringComparison.Ordinal));

    /// <summary>A variant's price: the one fixed in <see cref="Currency"/> when there is one, else its base price converted.</summary>
    /// <remarks>Always an amount that can be charged (<see cref="Money.ChargeStepOf"/>), as the cart prices it, even in a three-decimal base currency.</remarks>
    public long Price(long baseMinor, IReadOnlyList<FixedPrice>? fixedPrices) =>
        Money.Chargeable(FixedIn(fixedPrices)?.Price ?? Price(baseMinor), Currency);

    /// <summary>A variant's compare-at price: the one fixed in <see cref="Currency"/> when there is one, else its base one converted.</summary>
    public long? CompareAt(long? baseMinor, IReadOnlyList<FixedPrice>? fixedPrices) =>
        FixedIn(fixedPrices)?.CompareAtPrice is { } fixedWas ? Money.Chargeable(fixedWas, Currency) : baseMinor is { } was ? Price(was) : (long?)null;

    /// <inheritdoc cref="CurrencySetup.Amount"/>
    public long Amount(long baseMinor) => Setup.Amount(baseMinor, Currency);

    /// <summary>An amount in <see cref="Currency"/> in the base currency at today's rate.</summary>
    public long ToBase(long minor) => Setup.ToBase(minor, Currency, Rate);
}
