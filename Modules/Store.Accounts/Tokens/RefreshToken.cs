namespace Store.Accounts.Tokens;

/// <summary>
/// One refresh token of the API. Only its SHA-256 hash is stored. Each refresh uses the token up and issues
/// the next one in the same family; presenting a used token again means it was stolen, so the family dies.
/// </summary>
public sealed class RefreshToken
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string FamilyId { get; set; }

    public required string TokenHash { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime ExpiresUtc { get; set; }

    public DateTime? UsedUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }
}
