namespace Store.Wishlist.Sharing;

/// <summary>A shopper's read-only link to their wishlist: one per user; revoking deletes the row, so the old link answers 404.</summary>
internal sealed class WishlistShare
{
    public string UserId { get; set; } = string.Empty;

    /// <summary>32 random bytes, base64url: unguessable, and looked up by a unique index.</summary>
    public string Token { get; set; } = string.Empty;

    public DateTime CreatedUtc { get; set; }
}
