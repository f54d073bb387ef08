namespace Store.Core.Email;

/// <summary>
/// An email waiting to be sent, written in the same <c>SaveChanges</c> as the change that caused it, so a
/// crash never loses a confirmation link nor sends one for a change that was rolled back.
/// </summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }

    public required string To { get; set; }

    public required string Subject { get; set; }

    public required string HtmlBody { get; set; }

    public required string TextBody { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Failed tries so far; the next try waits twice as long as the one before.</summary>
    public int Attempts { get; set; }

    public DateTime NextAttemptUtc { get; set; }

    public string? LastError { get; set; }

    /// <summary>Set while one node sends the message; another node skips it until the lease runs out.</summary>
    public DateTime? LeasedUntilUtc { get; set; }

    public string? LeaseToken { get; set; }

    public DateTime? SentUtc { get; set; }

    /// <summary>Set when the sender gave up after the last attempt; the row stays for an operator to read.</summary>
    public DateTime? FailedUtc { get; set; }

    /// <summary>Files sent with the message; removed once it is sent.</summary>
    public List<OutboxAttachment> Attachments { get; set; } = [];
}
