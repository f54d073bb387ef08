namespace Store.Accounts.Api;

/// <summary><c>POST /api/v1/auth/refresh</c> and <c>/auth/revoke</c>.</summary>
public sealed record RefreshRequest(string? RefreshToken);
