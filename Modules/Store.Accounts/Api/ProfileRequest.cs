namespace Store.Accounts.Api;

public sealed record ProfileRequest(string? DisplayName, string? Email);
