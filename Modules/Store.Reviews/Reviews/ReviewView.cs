namespace Store.Reviews.Reviews;

/// <summary>A review as its author and moderators see it (the API's shape).</summary>
public sealed record ReviewView(int Id, string ProductSlug, string ProductName, int Rating, string Title, string Body, string Author, string Status, string? RejectionReason, int Helpful, int Reports, DateTime CreatedUtc, DateTime UpdatedUtc);
