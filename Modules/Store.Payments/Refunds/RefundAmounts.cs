using System.Globalization;

namespace Store.Payments.Refunds;

/// <summary>Reads an amount staff typed in the currency's major units (<c>12.50</c>) into minor units; null when it is not a positive amount of that currency.</summary>
internal static class RefundAmounts
{
    public static long? Parse(string? text, string currency)
    {
        var decimals = Core.Money.Money.DecimalsOf(currency);
        if (!decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 100_000_000 || decimal.Round(value, decimals) != value)
        {
            return null;
        }

        return (long)(value * (decimal)Math.Pow(10, decimals));
    }
}
