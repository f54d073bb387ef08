namespace Store.Cart.Contracts;

/// <summary>Where the cart ships: what tax and shipping zones depend on. Null in a pricing call means the shop's country (an estimate).</summary>
public sealed record PricingDestination(string Country, string? Region, string? PostalCode);
