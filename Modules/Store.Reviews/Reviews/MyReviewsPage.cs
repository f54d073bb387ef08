namespace Store.Reviews.Reviews;

/// <summary>"My reviews" (<c>Reviews/Mine.liquid</c>): the signed-in customer's reviews, newest change first.</summary>
public sealed record MyReviewsPage(IReadOnlyList<ReviewView> Reviews);
