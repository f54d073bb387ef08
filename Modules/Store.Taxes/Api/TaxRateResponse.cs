namespace Store.Taxes.Api;

/// <summary>A row of the rate table in the API; <see cref="Rate"/> is a percent.</summary>
public sealed record TaxRateResponse(int Id, string Category, string Country, string? Region, string? PostalPrefix, decimal Rate, string Name);
