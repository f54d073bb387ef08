using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Scalar.AspNetCore;
using Store.Core.Http;

namespace Store.Core.Api;

/// <summary>
/// The API's description (README, "API reference"): an OpenAPI 3.1 document generated from the <c>/api/v1</c>
/// endpoints at <see cref="DocumentPath"/>, and Scalar's interactive reference at <see cref="ReferencePath"/>,
/// its script served by the shop itself (no CDN, no remote fonts, no telemetry).
/// </summary>
public static class ApiDocs
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/v1.json";
    public const string ReferencePath = "/api/docs";

    internal static IServiceCollection AddStoreApiDocs(this IServiceCollection services) =>
        services.AddOpenApi(DocumentName, options =>
        {
            // Only the public API: pages, the admin and Liquid routes are not part of it.
            options.ShouldInclude = description => description.ActionDescriptor.EndpointMetadata.OfType<ApiEndpoint>().Any();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
        });

    internal static void MapStoreApiDocs(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        endpoints.MapScalarApiReference(ReferencePath, (options, http) =>
        {
            // Scalar's page starts its bundled script from an inline one: a fresh nonce admits exactly that.
            var nonce = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(18));
            http.Response.Headers.ContentSecurityPolicy = SecurityHeaders.ApiReferencePolicy(nonce);
            options.WithTitle("Store API")
                .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                .WithNonce(nonce)
                .DisableDefaultFonts()
                .DisableTelemetry()
                .DisableAgent()
                .DisableMcp()
                .AddPreferredSecuritySchemes(ApiAuthentication.Scheme);
        });
    }
}
