namespace Store.Accounts.Sessions;

/// <summary>
/// One signed-in browser. The cookie carries a random session key; only its SHA-256 hash is stored. Deleting
/// the row ends the session on every web node at its next checked request (see <see cref="SessionStore"/>).
/// </summary>
internal sealed class UserSession
{
    public long Id { get; set; }

    public required string UserId { get; set; }

    public required string KeyHash { get; set; }

    /// <summary>The user's security stamp when the session was issued: a later stamp means the session died with it.</summary>
    public required string Stamp { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime LastSeenUtc { get; set; }

    /// <summary>When the password was last entered in this session (sign-in or re-authentication).</summary>
    public DateTime PasswordUtc { get; set; }

    public string Device { get; set; } = string.Empty;

    public string Address { get; set; } = string.Empty;
}
