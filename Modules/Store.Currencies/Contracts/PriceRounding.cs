namespace Store.Currencies.Contracts;

/// <summary>
/// How a converted price is rounded, in the currency's minor units. <see cref="Step"/> 1: to the minor unit,
/// half away from zero. A larger step: <b>up</b> to the next amount that is a multiple of the step plus
/// <see cref="Ending"/> ("charm" prices: step 100, ending 99 gives 12.99; JPY step 100, ending 0 gives ¥1,300).
/// Rounding up means a converted price is never below its exact conversion.
/// </summary>
public sealed record PriceRounding(long Step, long Ending)
{
    public static readonly PriceRounding MinorUnit = new(1, 0);

    public bool IsMinorUnit => Step <= 1;

    /// <summary>Rounds an exact price (in minor units, possibly fractional) by this rule; zero stays zero.</summary>
    public long Apply(decimal exactMinor)
    {
        if (IsMinorUnit || exactMinor <= 0)
        {
            return (long)decimal.Round(exactMinor, MidpointRounding.AwayFromZero);
        }

        var steps = decimal.Ceiling((exactMinor - Ending) / Step);
        var rounded = (long)steps * Step + Ending;
        // Below the first ending (a 0.40 price with .99 endings) the smallest positive charm price applies.
        return rounded > 0 ? rounded : Ending > 0 ? Ending : Step;
    }
}
