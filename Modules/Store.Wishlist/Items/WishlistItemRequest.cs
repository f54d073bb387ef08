namespace Store.Wishlist.Items;

/// <summary>The body of <c>POST /api/v1/account/wishlist</c>: a product, or one of its variants.</summary>
internal sealed record WishlistItemRequest(int? ProductId, int? VariantId);
