namespace Store.Orders.Checkout;

/// <summary>A shipping method offered at checkout, priced for the cart (minor units, 0 when free).</summary>
public sealed record CheckoutShippingOption(int Id, string Name, long Price, bool Selected);
