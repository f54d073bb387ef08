using System.Text.Json.Serialization;

namespace Store.Accounts.ApiClients;

/// <summary>The form of <c>POST /api/v1/auth/client-token</c>, as RFC 6749 names its fields (described for OpenAPI).</summary>
internal sealed record ClientTokenForm(
    [property: JsonPropertyName("grant_type")] string GrantType,
    [property: JsonPropertyName("client_id")] string? ClientId,
    [property: JsonPropertyName("client_secret")] string? ClientSecret,
    [property: JsonPropertyName("scope")] string? Scope);
