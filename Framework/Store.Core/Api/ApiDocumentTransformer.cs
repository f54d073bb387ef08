using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Store.Core.Api;

/// <summary>The document's title and how to authenticate: the bearer scheme every <c>/api/v1</c> call may carry.</summary>
internal sealed class ApiDocumentTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Store API",
            Version = ApiDocs.DocumentName,
            Description = "The shop's JSON API. Authenticate with `Authorization: Bearer <token>`: a user's access token from "
                + "`POST /api/v1/auth/token`, or an API client's from `POST /api/v1/auth/client-token` (client credentials). "
                + "Errors are RFC 9457 problem details. Requests are rate-limited per client (429 with `Retry-After`). "
                + "Catalog writes honour `If-Match` with the `ETag` of the record read (412 when it changed since).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiAuthentication.Scheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "A user's access token or an API client's token.",
        };
        MergeSameShapedPaths(document);
        KeepUsedTags(document);
        return Task.CompletedTask;
    }

    /// <summary>Operations are tagged with their module (<see cref="ApiOperationTransformer"/>); the tags they were born with go.</summary>
    private static void KeepUsedTags(OpenApiDocument document)
    {
        var used = document.Paths.Values.SelectMany(p => p.Operations?.Values.AsEnumerable() ?? []).SelectMany(o => o.Tags ?? new HashSet<OpenApiTagReference>())
            .Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        document.Tags = new HashSet<OpenApiTag>(used.Order(StringComparer.Ordinal).Select(name => new OpenApiTag { Name = name }));
    }

    /// <summary>
    /// OpenAPI forbids two paths that differ only in a parameter's name; routing tells <c>/products/{id:int}</c> from
    /// <c>/products/{slug}</c> by the constraint. The first path keeps its operations, and an operation of the other
    /// whose method it already has becomes a note on it.
    /// </summary>
    private static void MergeSameShapedPaths(OpenApiDocument document)
    {
        foreach (var group in document.Paths.Keys.GroupBy(Shape).Where(g => g.Count() > 1).ToList())
        {
            var keeper = document.Paths[group.First()];
            foreach (var other in group.Skip(1))
            {
                foreach (var (method, operation) in document.Paths[other].Operations ?? [])
                {
                    if (keeper.Operations?.TryGetValue(method, out var kept) == true)
                    {
                        kept.Description = $"{kept.Description} Also answers at `{other}`: {operation.Summary ?? operation.Description}".Trim();
                    }
                }

                document.Paths.Remove(other);
            }
        }
    }

    private static string Shape(string path) => System.Text.RegularExpressions.Regex.Replace(path, "\\{[^}]*\\}", "{}");
}
