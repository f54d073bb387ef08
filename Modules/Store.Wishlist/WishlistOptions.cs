namespace Store.Wishlist;

/// <summary>Bound from the <c>Wishlist</c> configuration section.</summary>
internal sealed class WishlistOptions
{
    public const string Section = "Wishlist";

    /// <summary>How often alerts are compared with the catalog's stock and prices.</summary>
    public TimeSpan AlertInterval { get; set; } = TimeSpan.FromMinutes(5);
}
