using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Tokens;
using Store.Core.Api;
using Store.Core.Modules;
using Store.Core.Security;

namespace Store.Accounts.ApiClients;

/// <summary>
/// <c>POST /api/v1/auth/client-token</c>: the OAuth 2 client-credentials grant (RFC 6749 §4.4). The client sends
/// <c>grant_type=client_credentials</c> with its id and secret as form fields or HTTP Basic, and an optional
/// <c>scope</c> narrowing what it was granted.
/// </summary>
internal static class ClientTokenEndpoints
{
    public static void MapClientTokenEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/auth/client-token", IssueAsync)
            .WithSummary("API client: exchange client_id and client_secret (form-encoded, grant_type=client_credentials) for an access token").Accepts<ClientTokenForm>("application/x-www-form-urlencoded");

    private static async Task<Results<Ok<ClientTokenResponse>, ProblemHttpResult>> IssueAsync(
        HttpContext http, ApiClientStore clients, AccessTokens tokens, ModuleCatalog modules, CancellationToken cancellationToken)
    {
        if (!http.Request.HasFormContentType)
        {
            return Refuse(StatusCodes.Status400BadRequest, "invalid_request", "Send the fields as application/x-www-form-urlencoded.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form["grant_type"] != "client_credentials")
        {
            return Refuse(StatusCodes.Status400BadRequest, "unsupported_grant_type", "Only grant_type=client_credentials is supported.");
        }

        var (id, secret) = BasicCredentials(http.Request) ?? (form["client_id"].ToString(), form["client_secret"].ToString());
        var client = await clients.AuthenticateAsync(id, secret, cancellationToken);
        if (client is null)
        {
            return Refuse(StatusCodes.Status401Unauthorized, "invalid_client", "The client id or secret is not correct, or the client has been revoked or has expired.");
        }

        var granted = client.Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var asked = form["scope"].ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (asked.Except(granted).Any())
        {
            return Refuse(StatusCodes.Status400BadRequest, "invalid_scope", $"This client may ask for: {string.Join(' ', granted)}.");
        }

        var scopes = asked.Length > 0 ? asked : granted;
        var permissions = CorePermissions.All.Concat(modules.Modules.SelectMany(m => m.Permissions))
            .Where(p => p.Scope is { } scope && scopes.Contains(scope))
            .Select(p => p.Name);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new ClientTokenResponse(
            tokens.CreateForClient(client.ClientId, scopes, permissions), "Bearer", (int)AccessTokens.Lifetime.TotalSeconds, string.Join(' ', scopes)));
    }

    // RFC 6749 error codes travel in the problem's "error" member, beside the usual problem fields.
    private static ProblemHttpResult Refuse(int status, string error, string detail) =>
        TypedResults.Problem(statusCode: status, title: "The client could not be authenticated.", detail: detail, extensions: new Dictionary<string, object?> { ["error"] = error });

    private static (string Id, string Secret)? BasicCredentials(HttpRequest request)
    {
        if (!AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header) || !"Basic".Equals(header.Scheme, StringComparison.OrdinalIgnoreCase) || header.Parameter is null)
        {
            return null;
        }

        try
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(header.Parameter)).Split(':', 2);
            return pair.Length == 2 ? (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1])) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
