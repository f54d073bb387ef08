using System.Collections.Concurrent;
using System.Globalization;

namespace Store.Core.Money;

/// <summary>An amount in minor units (cents) of an ISO 4217 currency. Never a floating-point number.</summary>
public readonly record struct Money(long MinorUnits, string Currency)
{
    private static readonly ConcurrentDictionary<string, (CultureInfo Culture, RegionInfo? Region)> Specifics = new(StringComparer.OrdinalIgnoreCase);

    public static int DecimalsOf(string currency) => currency.ToUpperInvariant() switch
    {
        "JPY" or "KRW" or "VND" or "CLP" or "ISK" => 0,
        "BHD" or "KWD" or "OMR" or "JOD" or "TND" => 3,
        _ => 2,
    };

    /// <summary>
    /// The smallest step a card payment charges, in minor units: 10 for the three-decimal currencies (Stripe takes
    /// KWD, BHD, JOD, OMR and TND amounts only with a last digit of 0), else 1.
    /// </summary>
    public static long ChargeStepOf(string currency) => DecimalsOf(currency) == 3 ? 10 : 1;

    /// <summary>An amount rounded half away from zero to <see cref="ChargeStepOf"/> of its currency: what can be charged.</summary>
    public static long Chargeable(long minorUnits, string currency)
    {
        var step = ChargeStepOf(currency);
        return step == 1 ? minorUnits : (long)Math.Round(minorUnits / (decimal)step, 0, MidpointRounding.AwayFromZero) * step;
    }

    /// <summary>The amount in major units as an exact decimal (<c>1250</c> cents of USD is <c>12.50</c>), for files and exports.</summary>
    public static decimal Major(long minorUnits, string currency) => minorUnits / (decimal)Math.Pow(10, DecimalsOf(currency));

    /// <summary>Formats for display, e.g. <c>$12.50</c> in en-US; the currency code is shown when the culture's symbol is another currency's.</summary>
    public string Format(CultureInfo culture)
    {
        var decimals = DecimalsOf(Currency);
        var value = MinorUnits / (decimal)Math.Pow(10, decimals);
        var (specific, region) = Specific(culture);
        if (region is not null && string.Equals(region.ISOCurrencySymbol, Currency, StringComparison.OrdinalIgnoreCase))
        {
            return value.ToString("C" + decimals, specific);
        }

        return value.ToString("N" + decimals, culture) + " " + Currency.ToUpperInvariant();
    }

    public override string ToString() => Format(CultureInfo.InvariantCulture);

    // A shop's cultures are usually neutral ("en", "fr"): their usual region decides the symbol, so
    // "en" shows $12.50 for USD and "fr" shows 12,50 € for EUR. Looked up once per culture.
    private static (CultureInfo Culture, RegionInfo? Region) Specific(CultureInfo culture) => Specifics.GetOrAdd(culture.Name, static name =>
    {
        try
        {
            var specific = CultureInfo.CreateSpecificCulture(name);
            return (specific, name.Length == 0 ? null : new RegionInfo(specific.Name));
        }
        catch (ArgumentException)
        {
            return (CultureInfo.InvariantCulture, null);
        }
    });
}
