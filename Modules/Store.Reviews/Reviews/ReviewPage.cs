namespace Store.Reviews.Reviews;

/// <summary>The write-or-edit form of a product's review, as <c>Reviews/Write.liquid</c> reads it.</summary>
public sealed record ReviewPage(string ProductName, string ProductUrl, string Action, int? Rating, string ReviewTitle, string Body, ReviewView? Existing, IReadOnlyDictionary<string, string> Errors, string? Notice, bool CanReview);
