using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Api;
using Store.Accounts.Passwords;
using Store.Accounts.Users;
using Store.Core.Api;

namespace Store.Accounts.Profile;

internal static class ProfileApiEndpoints
{
    public static void MapProfileApiEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapGet("/account/profile", async Task<Results<Ok<ProfileResponse>, ProblemHttpResult>> (HttpContext http, UserManager<User> users) =>
            await users.FindAsync(http.User) is { } user ? TypedResults.Ok(await ResponseAsync(user, users)) : ApiProblems.NotFound())
            .WithSummary("The caller's profile: email, display name, roles");
        api.MapPut("/account/profile", UpdateAsync)
            .WithSummary("Change the display name, or the email (needs the current password; the new address is confirmed by email)")
            .WithRequestExample(new ProfileRequest("Ada King", null));
        api.MapPost("/account/password", ChangePasswordAsync)
            .WithSummary("Change the password (signs out other sessions)")
            .WithRequestExample(new PasswordRequest("analytical-engine-42", "difference-engine-43"));
    }

    private static async Task<Results<Ok<ProfileResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        ProfileRequest request, HttpContext http, UserManager<User> users, ProfileChanges profiles, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(http.User);
        if (user is null)
        {
            return ApiProblems.NotFound();
        }

        var outcome = await profiles.UpdateAsync(http, user, request.DisplayName, request.Email, request.CurrentPassword, cancellationToken);
        if (outcome.Errors.Count > 0)
        {
            return ApiProblems.Validation(outcome.Errors);
        }

        var notice = outcome.EmailChangePending ? $"A confirmation link has been sent to {request.Email!.Trim()}; the email changes when it is followed." : null;
        return TypedResults.Ok(await ResponseAsync(user, users) with { PendingEmailNotice = notice });
    }

    /// <summary>204 on success; every refresh token of the user is revoked and older access tokens stop working.</summary>
    private static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ChangePasswordAsync(
        PasswordRequest request, HttpContext http, UserManager<User> users, PasswordChanges passwords, CancellationToken cancellationToken)
    {
        var user = await users.FindAsync(http.User);
        if (user is null)
        {
            return ApiProblems.NotFound();
        }

        var errors = await passwords.ChangeAsync(user, request.CurrentPassword, request.NewPassword, cancellationToken);
        return errors.Count > 0 ? ApiProblems.Validation(errors) : TypedResults.NoContent();
    }

    private static async Task<ProfileResponse> ResponseAsync(User user, UserManager<User> users) =>
        new(user.Id, user.Email ?? string.Empty, user.DisplayName, user.EmailConfirmed, (await users.GetRolesAsync(user)).Order(StringComparer.Ordinal).ToList());
}
