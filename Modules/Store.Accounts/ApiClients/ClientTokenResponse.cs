using System.Text.Json.Serialization;

namespace Store.Accounts.ApiClients;

/// <summary>RFC 6749 §5.1 access token response.</summary>
internal sealed record ClientTokenResponse(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn,
    [property: JsonPropertyName("scope")] string Scope);
