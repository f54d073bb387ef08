namespace Store.Currencies.Currencies;

/// <summary>A currency the shop sells in besides its base currency, with the rule its converted prices are rounded by.</summary>
public sealed class SellingCurrency
{
    public int Id { get; set; }

    /// <summary>ISO 4217, upper case; never the base currency.</summary>
    public required string Code { get; set; }

    /// <summary>Rounding step in the currency's minor units; 1 rounds to the minor unit (<see cref="Contracts.PriceRounding"/>).</summary>
    public long RoundingStep { get; set; } = 1;

    /// <summary>The charm ending, in minor units, below <see cref="RoundingStep"/> (99 for .99).</summary>
    public long RoundingEnding { get; set; }
}
