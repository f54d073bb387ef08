using System.Globalization;

namespace Store.Core.Money;

/// <summary>An amount in minor units (cents) of an ISO 4217 currency. Never a floating-point number.</summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    public static int DecimalsOf(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 3,
        _ => 2,
    };

    /// <summary>Formats for display, e.g. <c>$12.50</c> in en-US; the currency code is shown when the culture's symbol is another currency's.</summary>
    public string Format(CultureInfo culture)
    {
        var decimals = DecimalsOf(Currency);
        var value = MinorUnits / (decimal)Math.Pow(10, decimals);
        var region = TryRegion(culture);
        if (region is not null && string.Equals(region.ISOCurrencySymbol, Currency, StringComparison.OrdinalIgnoreCase))
        {
            return value.ToString("C" + decimals, culture);
        }

        return value.ToString("N" + decimals, culture) + " " + Currency.ToUpperInvariant();
    }

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    private static RegionInfo? TryRegion(CultureInfo culture)
    {
        try
        {
            return culture.IsNeutralCulture || culture.Name.Length == 0 ? null : new RegionInfo(culture.Name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
