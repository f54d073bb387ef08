using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Core.Api;
using Store.Core.Liquid;

namespace Store.Core.Hosting;

/// <summary>Error pages for people (through the theme) and problem details for the JSON API.</summary>
internal static class ErrorEndpoints
{
    public static void MapErrorEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.Map("/error/{status:int}", IResult (int status, HttpContext http) =>
        {
            var originalPath = http.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath
                ?? http.Features.Get<IExceptionHandlerPathFeature>()?.Path
                ?? http.Request.Path.Value ?? "/";
            status = status is >= 400 and <= 599 ? status : 500;
            var (title, message) = status switch
            {
                404 => ("Page not found", "We could not find the page you asked for."),
                403 => ("Access denied", "You do not have permission to open this page."),
                429 => ("Too many requests", "Please wait a minute and try again."),
                >= 500 => ("Something went wrong", "We could not complete your request. Please try again in a moment."),
                _ => ("Request not understood", "The request could not be completed."),
            };

            if (originalPath.StartsWith("/api", StringComparison.OrdinalIgnoreCase))
            {
                return ApiError(status);
            }

            return Liquid.Liquid.Page(status == 404 ? "NotFound" : "Error", new ErrorPage(status, title, message), status);
        }).AllowAnonymous().DisableAntiforgery();

    // The API's own wording: a client reads the title, a developer the detail.
    private static ProblemHttpResult ApiError(int status) => status switch
    {
        401 => ApiProblems.Problem(status, "Authentication required.", "Send a valid access token in the Authorization header: 'Bearer <token>' (POST /api/v1/auth/token, or /api/v1/auth/client-token for an API client)."),
        403 => ApiProblems.Problem(status, "Forbidden.", "The token does not carry the permission this call needs."),
        404 => ApiProblems.NotFound(),
        405 => ApiProblems.Problem(status, "Method not allowed."),
        >= 500 => ApiProblems.Problem(status, "Something went wrong.", "We could not complete your request. Please try again in a moment."),
        _ => ApiProblems.Problem(status, "Bad request.", "The request could not be read: check the JSON body and the parameters."),
    };
}
