namespace Store.Catalog.Storefront;

/// <summary>A numbered page link; <see cref="Gap"/> marks an ellipsis between distant pages.</summary>
public sealed record PageLink(int Number, string Url, bool Current, bool Gap);
