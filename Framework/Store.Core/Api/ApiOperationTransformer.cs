using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Store.Core.Modules;

namespace Store.Core.Api;

/// <summary>
/// What every operation shares but no endpoint declares: its module as its tag (the sections of <c>/api/docs</c>),
/// the bearer requirement of those that need a signed-in token or a permission (with their 401 and 403 problems),
/// the 429 problem of the rate limiter, and the request example an endpoint gave (<see cref="ApiExamples"/>).
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
        TagWithModule(operation, context, metadata);
        AddRequestExample(operation, context, metadata);
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

    /// <summary>
    /// The module that mapped the endpoint (its handler's assembly) names the tag: "Catalog", "Orders". Without it
    /// every operation would be tagged with the host's name, or an explicit tag would have to be repeated everywhere.
    /// </summary>
    private static void TagWithModule(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata)
    {
        if (metadata.OfType<ITagsMetadata>().Any())
        {
            return; // the endpoint chose its tags
        }

        var assembly = metadata.OfType<MethodInfo>().FirstOrDefault()?.DeclaringType?.Assembly;
        var module = context.ApplicationServices.GetRequiredService<ModuleCatalog>().Modules.FirstOrDefault(m => m.Assembly == assembly);
        if (module is null)
        {
            return;
        }

        var name = module.Name;
        context.Document!.Tags ??= new HashSet<OpenApiTag>();
        if (!context.Document.Tags.Any(t => t.Name == name))
        {
            context.Document.Tags.Add(new OpenApiTag { Name = name });
        }

        operation.Tags = new HashSet<OpenApiTagReference> { new(name, context.Document) };
    }

    private static void AddRequestExample(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata)
    {
        if (metadata.OfType<ApiRequestExample>().LastOrDefault() is not { } example
            || operation.RequestBody?.Content?.TryGetValue("application/json", out var media) != true || media is not OpenApiMediaType json)
        {
            return;
        }

        var options = context.ApplicationServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        json.Example = JsonSerializer.SerializeToNode(example.Body, example.Body.GetType(), options);
    }
}
