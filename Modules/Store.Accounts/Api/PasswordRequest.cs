namespace Store.Accounts.Api;

/// <summary><c>POST /api/v1/account/password</c>.</summary>
public sealed record PasswordRequest(string? CurrentPassword, string? NewPassword);
