namespace Store.Accounts.Api;

public sealed record TokenRequest(string? Email, string? Password);
