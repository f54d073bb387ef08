namespace Store.Catalog.Storefront;

public sealed record ImageView(string Thumb, string Url, string Large, string Alt);
