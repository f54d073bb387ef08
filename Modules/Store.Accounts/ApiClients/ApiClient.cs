namespace Store.Accounts.ApiClients;

/// <summary>
/// A program that calls the API on the shop's behalf (an ERP, a feed), not a person. It exchanges its id and
/// secret for short-lived access tokens (<c>POST /api/v1/auth/client-token</c>); only the secret's SHA-256 is kept.
/// </summary>
public sealed class ApiClient
{
    public int Id { get; set; }

    public required string Name { get; set; }

    public required string ClientId { get; set; }

    public required string SecretHash { get; set; }

    /// <summary>Granted scopes, space-separated as in OAuth 2 (<c>catalog:read catalog:write</c>).</summary>
    public required string Scopes { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime? ExpiresUtc { get; set; }

    public DateTime? RevokedUtc { get; set; }

    public DateTime? LastUsedUtc { get; set; }

    public bool IsActive(DateTime now) => RevokedUtc is null && (ExpiresUtc is not { } end || now < end);
}
