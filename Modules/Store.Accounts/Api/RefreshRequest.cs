namespace Store.Accounts.Api;

public sealed record RefreshRequest(string? RefreshToken);
