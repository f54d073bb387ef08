namespace Store.Wishlist.Items;

/// <summary>A product, or one of its variants, that a signed-in shopper saved; <see cref="VariantId"/> 0 means the product.</summary>
internal sealed class WishlistItem
{
    public int Id { get; set; }

    public string UserId { get; set; } = string.Empty;

    public int ProductId { get; set; }

    /// <summary>0 for the product as a whole: a unique index treats NULLs as different, so 0 keeps one row per product.</summary>
    public int VariantId { get; set; }

    public DateTime AddedUtc { get; set; }
}
