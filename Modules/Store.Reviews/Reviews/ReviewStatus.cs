namespace Store.Reviews.Reviews;

public enum ReviewStatus
{
    /// <summary>Waiting in the moderation queue (new, edited or reported).</summary>
    Pending,
    Approved,
    Rejected,
}
