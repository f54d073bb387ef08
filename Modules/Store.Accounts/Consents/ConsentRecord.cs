namespace Store.Accounts.Consents;

/// <summary>
/// One consent given or withdrawn, never changed afterwards: what was asked (<see cref="Purpose"/>), the exact words
/// shown (in the visitor's language) and their <see cref="Version"/>, the answer and when. The latest row per
/// person and purpose is the one that counts.
/// </summary>
public sealed class ConsentRecord
{
    public const int WordingMaxLength = 1_000;

    public long Id { get; set; }

    /// <summary>The account, or null for a visitor who is not signed in (the cookie banner).</summary>
    public string? UserId { get; set; }

    /// <summary>The random id kept in the cookie-choice cookie, tying a banner answer to a browser.</summary>
    public string? VisitorId { get; set; }

    public string Purpose { get; set; } = string.Empty;

    public bool Granted { get; set; }

    public string Wording { get; set; } = string.Empty;

    public string Version { get; set; } = string.Empty;

    /// <summary>Where it was asked: <c>registration</c>, <c>account</c>, <c>banner</c>, <c>unsubscribe</c>.</summary>
    public string Source { get; set; } = string.Empty;

    public DateTime RecordedUtc { get; set; }
}
