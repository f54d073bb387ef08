namespace Store.Wishlist.Items;

/// <summary>The model of <c>Wishlist/Index</c> (the shopper's own) and <c>Wishlist/Shared</c> (read-only, by link).</summary>
internal sealed record WishlistPage(IReadOnlyList<WishlistItemView> Items, bool SignedIn, string? ShareUrl, string? Notice, string? Error, string? OwnerName = null)
{
    /// <summary>The shopper's currency (Currencies module), which the items' prices are in.</summary>
    public string Currency { get; init; } = "USD";
}
