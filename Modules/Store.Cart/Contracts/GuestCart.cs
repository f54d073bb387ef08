namespace Store.Cart.Contracts;

/// <summary>
/// An anonymous visitor's cart as guest checkout sees it: its row id (to empty it), an owner key that stays the
/// same for the cart's life (a hash of its random key, so placing twice with one idempotency key finds the first
/// order), its lines and its coupon code.
/// </summary>
public sealed record GuestCart(int CartId, string OwnerKey, IReadOnlyList<CartItem> Items, string? CouponCode);
