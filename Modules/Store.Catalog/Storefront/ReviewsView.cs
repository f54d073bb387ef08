using System.Globalization;
using Store.Catalog.Contracts;

namespace Store.Catalog.Storefront;

/// <summary>The product page's reviews section as its Liquid view reads it (approved reviews only; see <see cref="IProductRatings"/>).</summary>
public sealed record ReviewsView(
    int Count,
    string AverageText,
    string Stars,
    IReadOnlyList<StarBar> Bars,
    IReadOnlyList<ReviewItemView> Items,
    bool MostHelpful,
    string NewestUrl,
    string HelpfulUrl,
    string? PreviousUrl,
    string? NextUrl,
    int Page,
    int PageCount)
{
    public static ReviewsView From(ProductReviews reviews, string slug)
    {
        var path = "/products/" + Uri.EscapeDataString(slug);
        string Url(int page, bool helpful) =>
            path + (helpful || page > 1 ? "?" : "") + string.Join('&', new[] { helpful ? "reviews=helpful" : null, page > 1 ? "reviews_page=" + page.ToString(CultureInfo.InvariantCulture) : null }.OfType<string>()) + "#reviews";
        var total = Math.Max(1, reviews.Rating.Count);
        return new ReviewsView(
            reviews.Rating.Count,
            RatingDisplay.Text(reviews.Rating),
            RatingDisplay.Stars(reviews.Rating.Average),
            reviews.ByStars.Select((n, i) => new StarBar(5 - i, n, (int)Math.Round(n * 100m / total))).ToList(),
            reviews.Items.Select(r => new ReviewItemView(r.Id, r.Rating, RatingDisplay.Stars(r.Rating), r.Title, r.Body, r.Author, r.CreatedUtc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), r.Helpful)).ToList(),
            reviews.MostHelpful,
            Url(1, helpful: false),
            Url(1, helpful: true),
            reviews.Page > 1 ? Url(reviews.Page - 1, reviews.MostHelpful) : null,
            reviews.Page < reviews.PageCount ? Url(reviews.Page + 1, reviews.MostHelpful) : null,
            reviews.Page,
            reviews.PageCount);
    }
}

/// <summary>One line of the breakdown: how many gave <see cref="Stars"/> stars, and their share in whole percent.</summary>
public sealed record StarBar(int Stars, int Count, int Percent);

/// <summary>One approved review on the product page; its text is encoded when shown, so a link stays text.</summary>
public sealed record ReviewItemView(int Id, int Rating, string Stars, string Title, string Body, string Author, string Date, int Helpful);
