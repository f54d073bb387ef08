namespace Store.Cart.Contracts;

/// <summary>The code a cart carries (null: none) and the shopper (null: anonymous), for the discount step of <see cref="CartPricing"/>.</summary>
public sealed record CouponRequest(string? Code, string? UserId)
{
    public static readonly CouponRequest None = new(null, null);
}
