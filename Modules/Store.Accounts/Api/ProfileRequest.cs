namespace Store.Accounts.Api;

/// <summary><c>PUT /api/v1/account/profile</c>: a new email waits for its confirmation link and needs the current password.</summary>
public sealed record ProfileRequest(string? DisplayName, string? Email, string? CurrentPassword = null);
