namespace Store.Reviews.Invitations;

/// <summary>The invitation to review one delivered order: the row (unique by order) is what makes it sent once.</summary>
internal sealed class ReviewInvitation
{
    public int Id { get; set; }

    public int OrderId { get; set; }

    public DateTime SentUtc { get; set; }
}
