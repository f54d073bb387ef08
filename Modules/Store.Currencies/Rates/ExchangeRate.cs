namespace Store.Currencies.Rates;

/// <summary>
/// A rate from the base currency to a selling currency (units of it per one base unit), applying from a day on:
/// the current rate is the latest row whose day has come. Rows are kept, so a rate entered ahead waits its day.
/// </summary>
public sealed class ExchangeRate
{
    public int Id { get; set; }

    public required string Currency { get; set; }

    public decimal Rate { get; set; }

    /// <summary>UTC midnight of the first day the rate applies.</summary>
    public DateTime AppliesFrom { get; set; }

    /// <summary>Where it came from: <c>admin</c>, <c>api</c>, <c>ecb</c> or <c>recipe</c>.</summary>
    public required string Source { get; set; }
}
