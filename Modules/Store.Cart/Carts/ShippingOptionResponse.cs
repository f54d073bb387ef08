namespace Store.Cart.Carts;

/// <summary>One shipping method for the cart: its id (send it as <c>shippingMethodId</c> when placing the order), name, price and free-from threshold (minor units).</summary>
public sealed record ShippingOptionResponse(int Id, string Name, long Price, long? FreeFrom);
