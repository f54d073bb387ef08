using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Store.Core.Http;

namespace Store.Accounts.Api;

/// <summary>RFC 9457 answers; field names are the JSON property names (<c>displayName</c>), the same as the request's.</summary>
internal static class ApiProblems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string> errors) =>
        TypedResults.ValidationProblem(ProblemFields.From(errors), title: "The request has invalid fields.");

    public static ProblemHttpResult Problem(int status, string title, string? detail = null) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    public static ProblemHttpResult NotFound() => Problem(StatusCodes.Status404NotFound, "Not found.");
}
