namespace Store.Wishlist.Alerts;

/// <summary>What a shopper asked to be emailed about.</summary>
internal enum AlertKind
{
    BackInStock = 1,
    PriceDrop = 2,
}
