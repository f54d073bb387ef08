namespace Store.Orders.Abandoned;

/// <summary>The reminder's model (<c>Email/AbandonedCart.liquid</c>): what is in the cart, the way back to it, and the signed unsubscribe link.</summary>
public sealed record AbandonedCartEmail(IReadOnlyList<AbandonedCartLine> Lines, string CartLink, string UnsubscribeLink);
