using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;

namespace Store.Core.Api;

/// <summary>
/// How <c>/api/v1</c> authenticates: the bearer scheme alone (user access tokens and API-client tokens, both
/// registered by Accounts under <see cref="Scheme"/>). Pages keep the cookie; an API call never reads it.
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = "Bearer";

    /// <summary>The claim naming the API client a client-credentials token was issued to.</summary>
    public const string ClientIdClaim = "client_id";

    /// <summary>
    /// Every API group carries this policy: the authorization middleware then authenticates the call with the
    /// bearer scheme only (the cookie's user is replaced by the token's, or by nobody), and a permission or
    /// sign-in requirement added to an endpoint is evaluated against the token. A bearer token that does not validate
    /// is refused even on a public endpoint, so a client learns at once that its token expired.
    /// </summary>
    public static readonly AuthorizationPolicy Policy = new AuthorizationPolicyBuilder(Scheme)
        .RequireAssertion(context => context.User.Identity?.IsAuthenticated == true || !SentToken(context.Resource))
        .Build();

    /// <summary>
    /// Any signed-in token (<see cref="ApiGroups.RequireSignedIn"/>). A bare <c>RequireAuthorization()</c> would not
    /// do: beside the group's policy object ASP.NET Core skips the default policy, and the endpoint would stay open.
    /// </summary>
    public static readonly AuthorizationPolicy SignedIn = new AuthorizationPolicyBuilder(Scheme).RequireAuthenticatedUser().Build();

    private static bool SentToken(object? resource) =>
        resource is HttpContext http && http.Request.Headers.Authorization.ToString().StartsWith(Scheme + " ", StringComparison.OrdinalIgnoreCase);
}
