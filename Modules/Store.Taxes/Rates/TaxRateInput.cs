namespace Store.Taxes.Rates;

/// <summary>A rate-table row as staff send it; <see cref="Category"/> is a category code, <see cref="Rate"/> a percent (20 for 20 %).</summary>
public sealed record TaxRateInput(string? Category, string? Country, string? Region, string? PostalPrefix, decimal? Rate, string? Name);
