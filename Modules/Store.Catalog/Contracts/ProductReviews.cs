namespace Store.Catalog.Contracts;

/// <summary>A product's approved reviews as its page shows them: the rating, how many gave each star (5 first), and one page.</summary>
public sealed record ProductReviews(ProductRating Rating, IReadOnlyList<int> ByStars, IReadOnlyList<ProductReview> Items, int Page, int PageCount, bool MostHelpful);
