using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Api;
using Store.Core.Api;

namespace Store.Accounts.Registration;

internal static class RegistrationApiEndpoints
{
    public static void MapRegistrationApiEndpoints(this IEndpointRouteBuilder api) =>
        api.MapPost("/account/register", RegisterAsync)
            .WithSummary("Register a customer account; a confirmation link is emailed (the same answer whether or not the address is taken)")
            .WithRequestExample(new RegisterRequest("ada@example.com", "Ada Lovelace", "analytical-engine-42"));

    /// <summary>202: the account exists but signs in only once the emailed link is followed.</summary>
    private static async Task<Results<Accepted, ValidationProblem>> RegisterAsync(RegisterRequest request, UserRegistration registration, CancellationToken cancellationToken)
    {
        var errors = await registration.RegisterAsync(request.Email, request.DisplayName, request.Password, cancellationToken);
        return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.Accepted((string?)null);
    }
}
