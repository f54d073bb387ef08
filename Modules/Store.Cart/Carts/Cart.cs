namespace Store.Cart.Carts;

/// <summary>
/// A cart: a signed-in user's (<see cref="UserId"/>) or an anonymous visitor's, found through the random
/// <see cref="AnonymousKey"/> that the visitor's signed cookie (or API cart token) carries.
/// </summary>
internal sealed class Cart
{
    public int Id { get; set; }

    public string? UserId { get; set; }

    public string? AnonymousKey { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    /// <summary>Anonymous carts only: after this the clean-up job deletes the cart.</summary>
    public DateTime? ExpiresUtc { get; set; }

    /// <summary>What a merge at sign-in changed, one message a line; shown once, then cleared.</summary>
    public string? Notices { get; set; }

    /// <summary>The coupon code the shopper entered (upper case), applied at every pricing until removed or the order is placed.</summary>
    public string? CouponCode { get; set; }

    /// <summary>An anonymous cart's email, as the guest typed it at checkout: where a reminder of the cart may go (Orders README, "Abandoned carts").</summary>
    public string? Email { get; set; }

    public List<CartLine> Lines { get; set; } = [];
}
