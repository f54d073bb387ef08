namespace Store.Accounts.Api;

/// <summary><c>PUT /api/v1/account/profile</c>: a new email waits for its confirmation link.</summary>
public sealed record ProfileRequest(string? DisplayName, string? Email);
