namespace Store.Accounts.Api;

public sealed record PasswordRequest(string? CurrentPassword, string? NewPassword);
