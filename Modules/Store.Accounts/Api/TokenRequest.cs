namespace Store.Accounts.Api;

/// <summary><c>POST /api/v1/auth/token</c>.</summary>
public sealed record TokenRequest(string? Email, string? Password);
