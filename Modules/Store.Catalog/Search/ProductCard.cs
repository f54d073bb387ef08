using System.Linq.Expressions;
using Store.Catalog.Media;
using Store.Catalog.Products;

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

    /// <summary>Approved reviews (<see cref="Contracts.IProductRatings"/>); 0 when unrated.</summary>
    public int RatingCount { get; init; }

    /// <summary>The average rating to the hundredth of a star, or null when unrated.</summary>
    public decimal? RatingAverage { get; init; }

    /// <summary>The average rating with one decimal ("4.3"), or null when unrated.</summary>
    public string? RatingText { get; init; }

    /// <summary>The average as five stars, rounded to whole stars ("★★★★☆"): shown, hidden from screen readers (they read <see cref="RatingText"/>).</summary>
    public string? RatingStars { get; init; }

    /// <summary>The lowest price of the 30 days before the discount, when the shop shows it (<see cref="PriceHistory.PriorPrices"/>).</summary>
    public long? PriorLowPrice { get; init; }

    /// <summary>The one projection of a product into a card, run by the database (lists, the home page's showcases).</summary>
    public static readonly Expression<Func<Product, ProductCard>> Projection = p => new ProductCard(
        p.Id, p.Name, p.Slug,
        p.Variants.Min(v => (long?)v.Price) ?? 0,
        p.Variants.Max(v => (long?)v.Price) ?? 0,
        p.Variants.OrderBy(v => v.Price).ThenBy(v => v.Position).Select(v => v.CompareAtPrice).FirstOrDefault(),
        p.Variants.Sum(v => v.Stock),
        p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefault(),
        p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.Alt).FirstOrDefault(),
        p.CreatedUtc);
}
