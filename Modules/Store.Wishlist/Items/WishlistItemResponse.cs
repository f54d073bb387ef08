namespace Store.Wishlist.Items;

/// <summary>
/// A wishlist entry in the API: <see cref="VariantId"/> null for the product as a whole; today's figures are null
/// and <see cref="Available"/> false when the product is no longer for sale. Prices are minor units of <see cref="Currency"/>.
/// </summary>
internal sealed record WishlistItemResponse(int Id, int ProductId, int? VariantId, bool Available, string? Name, string? Options, string? Url,
    string? ImageUrl, long? Price, long? WasPrice, bool InStock, int Stock, string Currency, DateTime AddedUtc)
{
    public static WishlistItemResponse From(WishlistItem item, WishedProduct? product, string currency) => new(
        item.Id, item.ProductId, item.VariantId == 0 ? null : item.VariantId, product is not null, product?.Name, product?.Options, product?.Url,
        product?.ImageUrl, product?.Price, product?.WasPrice, product?.InStock ?? false, product?.Stock ?? 0, currency, item.AddedUtc);
}
