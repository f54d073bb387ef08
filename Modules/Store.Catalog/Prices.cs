using System.Globalization;
using Store.Core.Money;

namespace Store.Catalog;

/// <summary>Prices as people type them ("12.50", major units) and as the shop keeps them (minor units).</summary>
public static class Prices
{
    public const long Max = 1_000_000_000_000;

    /// <summary>False for text that is not a plain amount with at most the currency's decimals.</summary>
    public static bool TryParse(string? text, string currency, out long minor)
    {
        minor = 0;
        var decimals = Money.DecimalsOf(currency);
        if (string.IsNullOrWhiteSpace(text) ||
            !decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) ||
            decimal.Round(amount, decimals) != amount)
        {
            return false;
        }

        var value = amount * (decimal)Math.Pow(10, decimals);
        if (value > Max)
        {
            return false;
        }

        minor = (long)value;
        return true;
    }

    /// <summary>Every decimal of the currency ("12.50"): what a form field shows.</summary>
    public static string? FormatFixed(long? minor, string currency) =>
        minor is { } m ? (m / (decimal)Math.Pow(10, Money.DecimalsOf(currency))).ToString("F" + Money.DecimalsOf(currency), CultureInfo.InvariantCulture) : null;

    /// <summary>The shortest form ("12.5", "12"), keeping every decimal the currency has: what a URL carries.</summary>
    public static string? Format(long? minor, string currency) =>
        minor is { } m ? (m / (decimal)Math.Pow(10, Money.DecimalsOf(currency))).ToString("0." + new string('#', Money.DecimalsOf(currency)), CultureInfo.InvariantCulture) : null;
}
