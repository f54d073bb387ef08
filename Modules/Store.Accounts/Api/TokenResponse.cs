namespace Store.Accounts.Api;

/// <summary>A short-lived access token (<see cref="ExpiresIn"/> seconds) and the refresh token that renews it once.</summary>
public sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken);
