using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Store.Core.Api;

/// <summary>
/// RFC 9457 answers of every <c>/api/v1</c> endpoint, so they share their field names: <c>type</c>, <c>title</c>,
/// <c>status</c>, <c>detail</c>, <c>traceId</c>, and for bad input <c>errors</c> keyed by the JSON names the
/// client sent (<c>displayName</c>, <c>attributes.colour</c>).
/// </summary>
public static class ApiProblems
{
    public const string InvalidTitle = "The request has invalid fields.";

    /// <summary>Field errors keyed by C# property names (<c>DisplayName</c>), as the editors and forms produce them.</summary>
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(ProblemFields.From(errors), title: InvalidTitle);

    /// <summary>Field errors already keyed by the names the client sent (query parameters).</summary>
    public static ValidationProblem Validation(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: InvalidTitle);

    public static ValidationProblem Field(string jsonName, string message) =>
        Validation(new Dictionary<string, string[]> { [jsonName] = [message] });

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult NotFound() => Problem(StatusCodes.Status404NotFound, "Not found.");

    public static ProblemHttpResult Conflict(string detail) => Problem(StatusCodes.Status409Conflict, "Conflict.", detail);

    /// <summary>412 for an <c>If-Match</c> that names another version than the current one (<see cref="EntityTags"/>).</summary>
    public static ProblemHttpResult PreconditionFailed(string detail) =>
        Problem(StatusCodes.Status412PreconditionFailed, "The resource was changed since you read it.", detail + " Read it again, apply your change and send its new ETag in If-Match.");
}
