using Microsoft.AspNetCore.Builder;

namespace Store.Core.Api;

/// <summary>
/// A request body worth copying, shown beside the operation in <c>/openapi/v1.json</c> and <c>/api/docs</c>
/// (serialized with the API's own JSON options, so names are what the endpoint reads).
/// </summary>
public sealed record ApiRequestExample(object Body);

public static class ApiExamples
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder builder, object body) =>
        builder.WithMetadata(new ApiRequestExample(body));
}
