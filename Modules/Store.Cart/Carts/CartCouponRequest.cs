namespace Store.Cart.Carts;

/// <summary>The body of <c>POST /api/v1/cart/coupon</c>: the code as the shopper typed it (any case).</summary>
public sealed record CartCouponRequest(string? Code);
