namespace Store.Reviews.Reviews;

/// <summary>A shopper's "helpful" vote or report on a review: one of each per shopper (a unique index).</summary>
internal sealed class ReviewVote
{
    public int Id { get; set; }

    public int ReviewId { get; set; }

    public required string UserId { get; set; }

    public ReviewVoteKind Kind { get; set; }

    public DateTime CreatedUtc { get; set; }
}
