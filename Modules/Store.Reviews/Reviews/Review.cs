namespace Store.Reviews.Reviews;

/// <summary>A verified buyer's review of one product: one per customer and product (a unique index).</summary>
internal sealed class Review
{
    public const int MaxTitle = 120;
    public const int MaxBody = 4000;
    public const int MaxReason = 500;

    public int Id { get; set; }

    /// <summary>Not a foreign key: the catalog owns products (and its contract names them).</summary>
    public int ProductId { get; set; }

    public required string UserId { get; set; }

    /// <summary>As shown: the first name and the initial of the last one on the delivered order ("Ada B.").</summary>
    public required string Author { get; set; }

    public int Rating { get; set; }

    public required string Title { get; set; }

    public required string Body { get; set; }

    public ReviewStatus Status { get; set; }

    /// <summary>Why a moderator rejected it, shown to its author.</summary>
    public string? RejectionReason { get; set; }

    public int HelpfulCount { get; set; }

    public int ReportCount { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
