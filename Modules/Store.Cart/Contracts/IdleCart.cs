namespace Store.Cart.Contracts;

/// <summary>A cart left alone: a signed-in user's (<see cref="UserId"/>) or a guest's with the email typed at checkout, its lines and last change.</summary>
public sealed record IdleCart(int CartId, string? UserId, string? Email, DateTime UpdatedUtc, IReadOnlyList<CartItem> Items);
