using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Store.Core.Api;

/// <summary>
/// What every operation shares but no endpoint declares: the bearer requirement of those that need a signed-in
/// token or a permission (with their 401 and 403 problems), and the 429 problem of the rate limiter.
/// </summary>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var problem = await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, cancellationToken);
        void Problem(int status, string description) =>
            operation.Responses.TryAdd(status.ToString(System.Globalization.CultureInfo.InvariantCulture), new OpenApiResponse
            {
                Description = description,
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            });

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var secured = metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null)
            || metadata.OfType<AuthorizationPolicy>().Any(p => !ReferenceEquals(p, ApiAuthentication.Policy));
        if (secured)
        {
            operation.Security ??= [];
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiAuthentication.Scheme, context.Document)] = [] });
            Problem(StatusCodes.Status401Unauthorized, "No valid bearer token (a sign-in cookie never counts).");
            Problem(StatusCodes.Status403Forbidden, "The token lacks the permission this operation needs.");
        }

        Problem(StatusCodes.Status429TooManyRequests, "Rate limit reached: retry after the `Retry-After` header's seconds.");
    }
}
