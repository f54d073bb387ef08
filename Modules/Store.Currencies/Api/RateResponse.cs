namespace Store.Currencies.Api;

public sealed record RateResponse(string Currency, decimal Rate, DateOnly AppliesFrom, string Source);
