using Store.Cart.Carts;

namespace Store.Cart.Storefront;

/// <summary>The <c>Cart/Index</c> view's model: the cart, and what the last form post did or why it was refused.</summary>
public sealed record CartPage(CartView Cart, string? Notice, string? Error);
