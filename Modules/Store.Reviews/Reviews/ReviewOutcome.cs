namespace Store.Reviews.Reviews;

/// <summary>What a write did: saved (the review), invalid (errors by field), or refused for a reason the caller turns into a status.</summary>
internal sealed record ReviewOutcome(Review? Review, IReadOnlyDictionary<string, string> Errors, ReviewRefusal Refusal = ReviewRefusal.None)
{
    public static ReviewOutcome Refused(ReviewRefusal refusal) => new(null, new Dictionary<string, string>(), refusal);

    public static ReviewOutcome Invalid(Dictionary<string, string> errors) => new(null, errors);
}

internal enum ReviewRefusal
{
    None,

    /// <summary>No such review of the caller's (another customer's review answers the same), or no such product.</summary>
    NotFound,

    /// <summary>The caller has no delivered order of the product.</summary>
    NotBuyer,

    AlreadyReviewed,
}
