using System.Globalization;
using Store.Catalog.Contracts;
using Store.Catalog.Search;

namespace Store.Catalog.Storefront;

/// <summary>Puts a product's rating on its card, as lists show it (stars, average, count).</summary>
internal static class RatingDisplay
{
    public static ProductCard Apply(ProductCard card, IReadOnlyDictionary<int, ProductRating> ratings) =>
        ratings.TryGetValue(card.Id, out var rating) && rating.Count > 0
            ? card with { RatingCount = rating.Count, RatingAverage = rating.Average, RatingText = Text(rating), RatingStars = Stars(rating.Average) }
            : card;

    public static string Text(ProductRating rating) => rating.Average.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Stars(decimal average)
    {
        var full = (int)Math.Round(average, MidpointRounding.AwayFromZero);
        return new string('★', full) + new string('☆', 5 - full);
    }
}
