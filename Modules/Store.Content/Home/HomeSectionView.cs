using Store.Catalog.Contracts;

namespace Store.Content.Home;

/// <summary>A visible section as <c>Home/Index</c> reads it; <c>kind</c> is the section's kind in snake case (<c>new_arrivals</c>).</summary>
public sealed record HomeSectionView(
    string Kind,
    string? Heading,
    string? Text,
    string? ImageUrl,
    string? ImageAlt,
    string? LinkText,
    string? LinkUrl,
    IReadOnlyList<ShowcaseProduct> Products,
    IReadOnlyList<ShowcaseCategory> Categories);
