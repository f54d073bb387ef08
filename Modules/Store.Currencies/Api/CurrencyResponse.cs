namespace Store.Currencies.Api;

/// <summary>A currency a shopper may choose; <c>rate</c> is units of it per one unit of the base currency (1 for the base).</summary>
public sealed record CurrencyResponse(string Code, int Decimals, bool IsBase, decimal Rate, DateOnly? RateFrom, decimal RoundTo, decimal Ending);
