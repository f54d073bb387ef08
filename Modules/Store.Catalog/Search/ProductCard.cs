using Store.Catalog.Media;

namespace Store.Catalog.Search;

/// <summary>A product as a list shows it: projected straight from the database, one row per product.</summary>
public sealed record ProductCard(int Id, string Name, string Slug, long Price, long? CompareAtPrice, int Stock, string? ImageKey, string? ImageAlt, DateTime CreatedUtc)
{
    public string Url => "/products/" + Slug;

    public string? ImageUrl => ImageKey is null ? null : MediaUrls.Of(ImageKey, MediaVariant.Card);

    public bool InStock => Stock > 0;

    public bool OnSale => CompareAtPrice is { } was && was > Price;
}
