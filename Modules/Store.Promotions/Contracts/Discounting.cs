namespace Store.Promotions.Contracts;

/// <summary>The module's rounding (README, "Rounding"): a percentage of an amount, half away from zero to the minor unit.</summary>
public static class Discounting
{
    public static long Percent(long amount, decimal percent) =>
        (long)Math.Round(amount * percent / 100m, 0, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Spreads <paramref name="total"/> over <paramref name="bases"/> in proportion (largest remainder), never more
    /// than a base: the parts add up to the total exactly.
    /// </summary>
    public static long[] Spread(long total, IReadOnlyList<long> bases)
    {
        var parts = new long[bases.Count];
        var sum = bases.Sum();
        if (total <= 0 || sum <= 0)
        {
            return parts;
        }

        total = Math.Min(total, sum);
        var remainders = new decimal[bases.Count];
        for (var i = 0; i < bases.Count; i++)
        {
            var exact = (decimal)total * bases[i] / sum;
            parts[i] = (long)Math.Floor(exact);
            remainders[i] = exact - parts[i];
        }

        var left = total - parts.Sum();
        foreach (var i in Enumerable.Range(0, bases.Count).OrderByDescending(i => remainders[i]).ThenBy(i => i))
        {
            if (left == 0)
            {
                break;
            }

            if (parts[i] < bases[i])
            {
                parts[i]++;
                left--;
            }
        }

        return parts;
    }
}
