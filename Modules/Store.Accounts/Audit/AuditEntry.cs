namespace Store.Accounts.Audit;

/// <summary>One privileged change in the admin: who did what to whom, when and from where. Rows are never updated.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public required string ActorId { get; set; }

    public required string ActorEmail { get; set; }

    public required string Action { get; set; }

    public string TargetId { get; set; } = string.Empty;

    public string TargetEmail { get; set; } = string.Empty;

    public string Details { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;
}
