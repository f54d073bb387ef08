namespace Store.Taxes.Contracts;

/// <summary>
/// The shop's one rounding rule (module README, "Rounding"): per amount, half away from zero to the minor unit.
/// Included tax is <c>round(gross * r / (100 + r))</c>, added tax <c>round(net * r / 100)</c>.
/// </summary>
public static class TaxRounding
{
    public static long TaxOf(long amount, decimal ratePercent, bool included)
    {
        if (amount == 0 || ratePercent == 0)
        {
            return 0;
        }

        var exact = included ? amount * ratePercent / (100m + ratePercent) : amount * ratePercent / 100m;
        return (long)Math.Round(exact, 0, MidpointRounding.AwayFromZero);
    }
}
