namespace Store.Orders.Checkout;

/// <summary>Who places an order: a signed-in customer (<see cref="UserId"/>) or a guest's cart (<see cref="GuestKey"/>).</summary>
internal sealed record OrderOwner(string? UserId, string? GuestKey)
{
    /// <summary>The history's "by" for what a guest did.</summary>
    public const string GuestActor = "guest";
}
