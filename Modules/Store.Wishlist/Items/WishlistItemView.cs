namespace Store.Wishlist.Items;

/// <summary>
/// One entry of a wishlist page: <see cref="Item"/> is what the page's forms send back (the row id of a signed-in
/// user's entry, the cookie's key of a visitor's); <see cref="Product"/> is null when it is no longer for sale.
/// </summary>
internal sealed record WishlistItemView(string Item, WishedProduct? Product, bool StockAlert, bool PriceAlert)
{
    public bool Available => Product is not null;

    /// <summary>A move takes one variant: a product with several goes to its page to choose.</summary>
    public bool CanMove => Product is { InStock: true, CartVariantId: not null };
}
