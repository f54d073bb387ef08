using Store.Catalog.Media;

namespace Store.Catalog.Search;

/// <summary>A product as a list shows it: projected straight from the database, one row per product; prices are its variants' lowest and highest, stock their sum.</summary>
public sealed record ProductCard(int Id, string Name, string Slug, long Price, long MaxPrice, long? CompareAtPrice, int Stock, string? ImageKey, string? ImageAlt, DateTime CreatedUtc)
{
    public string Url => "/products/" + Slug;

    public string? ImageUrl => ImageKey is null ? null : MediaUrls.Of(ImageKey, MediaVariant.Card);

    public bool InStock => Stock > 0;

    /// <summary>Variants at different prices: lists say "from" the lowest.</summary>
    public bool PriceVaries => MaxPrice > Price;

    public bool OnSale => CompareAtPrice is { } was && was > Price;
}
