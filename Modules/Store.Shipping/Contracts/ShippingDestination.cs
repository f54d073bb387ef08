namespace Store.Shipping.Contracts;

/// <summary>Where an order goes, as shipping zones see it: ISO 3166-1 alpha-2 country and the address's region.</summary>
public sealed record ShippingDestination(string Country, string? Region = null);
