namespace Store.Reviews;

/// <summary>The <c>Reviews</c> settings (README): moderation, and when the invitation to review is sent.</summary>
public sealed class ReviewsOptions
{
    public const string Section = "Reviews";

    /// <summary>False publishes reviews as they are written; reported ones still go back to the queue.</summary>
    public bool RequireApproval { get; set; } = true;

    /// <summary>Days after delivery the email inviting the customer to review is sent; 0 sends none.</summary>
    public int InvitationDays { get; set; } = 7;

    /// <summary>How often the invitation job looks for deliveries.</summary>
    public TimeSpan InvitationInterval { get; set; } = TimeSpan.FromMinutes(10);
}
