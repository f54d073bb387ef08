namespace Store.Cart.Contracts;

/// <summary>What an add to the cart from another module came to: added, or refused with a message for the shopper.</summary>
public sealed record CartAddition(bool Added, string? Message);
