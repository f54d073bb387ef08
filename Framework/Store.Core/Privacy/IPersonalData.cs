namespace Store.Core.Privacy;

/// <summary>
/// One module's share of what the shop holds about a person, for the account's data export and erasure (GDPR
/// articles 15, 17 and 20). Accounts gathers every registered source, so a module that keeps personal data adds
/// one and the export and erasure cover it without Accounts knowing the module.
/// </summary>
public interface IPersonalData
{
    /// <summary>The export's property for this module's part, e.g. <c>orders</c>.</summary>
    string Section { get; }

    /// <summary>Everything this module holds about the person, as JSON-serialisable values; null when nothing.</summary>
    Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken);

    /// <summary>
    /// Removes what may go, inside the caller's transaction (a refusal anywhere rolls every part back), and says
    /// what stays and why.
    /// </summary>
    Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken);
}

/// <summary>Whose data: the account's id and its current email address (the outbox knows people by address).</summary>
public sealed record PersonalDataSubject(string UserId, string Email);

/// <summary>
/// A module's answer to an erasure: nothing kept; something <see cref="Kept"/> (the account is then anonymised
/// rather than deleted, and the person is told what stays); or <see cref="Refused"/> with the reason.
/// </summary>
public sealed record Erasure(string? Kept = null, string? Refused = null)
{
    public static Erasure Done { get; } = new();

    public static Erasure Keeps(string what) => new(Kept: what);

    public static Erasure Refuses(string why) => new(Refused: why);
}
