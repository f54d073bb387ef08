namespace Store.Accounts.Api;

/// <summary>API request and response shapes live in <c>Api/</c>: entities never cross the wire.</summary>
public sealed record RegisterRequest(string? Email, string? DisplayName, string? Password);
