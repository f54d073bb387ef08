using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Store.Core.Api;

/// <summary>The one way a module maps JSON endpoints under <c>/api/v1</c> (README, "Adding an API group").</summary>
public static class ApiGroups
{
    public const string Prefix = "/api/v1";

    /// <summary>
    /// A route group under <c>/api/v1</c> that authenticates with bearer tokens only (<see cref="ApiAuthentication"/>),
    /// needs no antiforgery token (no cookie can authenticate it, so another site gains nothing by posting to it)
    /// and answers errors as problem details (<see cref="ApiProblems"/>). Endpoints are public unless they add
    /// <c>RequirePermission(...)</c> or <see cref="RequireSignedIn"/>.
    /// </summary>
    public static RouteGroupBuilder MapApiGroup(this IEndpointRouteBuilder endpoints, string path)
    {
        if (!path.StartsWith(Prefix, StringComparison.Ordinal) || (path.Length > Prefix.Length && path[Prefix.Length] != '/'))
        {
            throw new ArgumentException($"API groups live under {Prefix}; got '{path}'.", nameof(path));
        }

        var group = endpoints.MapGroup(path);
        group.RequireAuthorization(ApiAuthentication.Policy)
            .DisableAntiforgery()
            .RequireRateLimiting(RateLimits.RateLimits.Api)
            .WithMetadata(ApiEndpoint.Marker);
        return group;
    }

    /// <summary>The endpoints need a token of a signed-in user or API client, whatever its permissions.</summary>
    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(ApiAuthentication.SignedIn);

    /// <summary>True for endpoints mapped through <see cref="MapApiGroup"/>.</summary>
    public static bool IsApi(this Endpoint? endpoint) => endpoint?.Metadata.GetMetadata<ApiEndpoint>() is not null;
}
