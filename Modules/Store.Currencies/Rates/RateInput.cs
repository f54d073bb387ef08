namespace Store.Currencies.Rates;

/// <summary>A rate as staff enter it: units of <see cref="Currency"/> per one unit of the base currency, from a day on (today when empty).</summary>
public sealed record RateInput(string? Currency, decimal? Rate, DateOnly? AppliesFrom);
