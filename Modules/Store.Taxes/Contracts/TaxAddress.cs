namespace Store.Taxes.Contracts;

/// <summary>Where goods are delivered, as far as tax cares: ISO 3166-1 alpha-2 country, optional region and postal code.</summary>
public sealed record TaxAddress(string Country, string? Region = null, string? PostalCode = null);
