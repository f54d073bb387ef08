namespace Store.Wishlist.Alerts;

/// <summary>The model of the <c>Email/WishlistBackInStock</c> and <c>Email/WishlistPriceDrop</c> templates; links are absolute, prices in <see cref="Currency"/>, the subscriber's.</summary>
internal sealed record AlertEmail(string Name, string? Options, string Url, long Price, long? OldPrice, string UnsubscribeUrl, string Currency);
