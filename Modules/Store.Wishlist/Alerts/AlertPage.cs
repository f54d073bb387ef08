namespace Store.Wishlist.Alerts;

/// <summary>The model of <c>Wishlist/Alert</c>: an alert asked for, or the unsubscribe page of an email's link.</summary>
internal sealed record AlertPage(string? Name, string? Email, bool PriceDrop, string? Token, bool Done, string? Error);
