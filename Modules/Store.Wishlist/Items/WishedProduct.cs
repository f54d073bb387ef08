namespace Store.Wishlist.Items;

/// <summary>
/// A wishlist entry as the catalog has it today: the sale price when a promotion runs (<see cref="WasPrice"/> is the
/// price before it, or the compare-at price), stock, and the variant a move to the cart takes (null when the
/// product has several and none was chosen).
/// </summary>
internal sealed record WishedProduct(int ProductId, int VariantId, string Name, string Slug, string? Options, string? ImageUrl,
    long Price, long? WasPrice, bool PriceVaries, int Stock, int? CartVariantId)
{
    public bool InStock => Stock > 0;

    public string Url => "/products/" + Slug + (VariantId > 0 ? "?variant=" + VariantId : string.Empty);
}
