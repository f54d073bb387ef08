namespace Store.Orders.Checkout;

/// <summary>
/// Who places an order: a signed-in customer (<see cref="UserId"/>) or a guest's cart (<see cref="GuestKey"/>); the
/// email the order is sent to, and whose coupon uses it counts against (the account, or a guest's email address).
/// </summary>
internal sealed record OrderOwner(string? UserId, string? GuestKey, string Email, string CouponHolder)
{
    /// <summary>The history's "by" for what a guest did.</summary>
    public const string GuestActor = "guest";
}
