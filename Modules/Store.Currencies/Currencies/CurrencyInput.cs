namespace Store.Currencies.Currencies;

/// <summary>A selling currency as staff enter it: amounts of the rounding rule in major units (<c>1.00</c> and <c>0.99</c>).</summary>
public sealed record CurrencyInput(string? Code, decimal? RoundTo, decimal? Ending);
