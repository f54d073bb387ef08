namespace Store.Accounts.Api;

public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
