using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Api;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Api;

namespace Store.Accounts.Tokens;

internal static class TokenEndpoints
{
    public static void MapTokenEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/auth/token", CreateAsync)
            .WithSummary("Sign in: an access token (JWT, short-lived) and a refresh token for a confirmed account")
            .WithRequestExample(new TokenRequest("ada@example.com", "analytical-engine-42"));
        api.MapPost("/auth/refresh", RefreshAsync)
            .WithSummary("Trade a refresh token for a new pair (the old refresh token stops working)")
            .WithRequestExample(new RefreshRequest("q0H8Yf2rS1-refresh-token-from-auth-token"));
        // Sign-out needs only the refresh token (as RFC 7009 revocation does): a client whose access token
        // has expired can still end its session, and an unknown token gets the same 204 as a known one.
        api.MapPost("/auth/revoke", async Task<Results<NoContent, ValidationProblem>> (RefreshRequest request, RefreshTokens tokens, CancellationToken cancellationToken) =>
        {
            if (IsMalformed(request.RefreshToken))
            {
                return ApiProblems.Validation(new Dictionary<string, string> { ["RefreshToken"] = "Send the refresh token to revoke." });
            }

            await tokens.RevokeAsync(request.RefreshToken, cancellationToken);
            return TypedResults.NoContent();
        })
            .WithSummary("Sign out: revoke a refresh token (204 for unknown tokens too)")
            .WithRequestExample(new RefreshRequest("q0H8Yf2rS1-refresh-token-from-auth-token"));
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        TokenRequest request, UserManager<User> users, SignInManager<User> signIn, AccessTokens access, RefreshTokens refresh, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Email(errors, "Email", request.Email);
        FieldRules.Password(errors, "Password", request.Password, "your password");
        if (errors.Count > 0)
        {
            return ApiProblems.Validation(errors);
        }

        var user = await users.FindByEmailAsync(request.Email!.Trim());
        // The same lockout as the sign-in page: five wrong passwords close the account for 15 minutes. An
        // unknown email hashes too, and a locked account answers 401 like a wrong password (no enumeration).
        if (user is null)
        {
            DummyPassword.Verify(users.PasswordHasher, request.Password!);
        }

        var result = user is null ? SignInResult.Failed : await signIn.CheckPasswordSignInAsync(user, request.Password!, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            return result.IsNotAllowed ? ApiProblems.Problem(StatusCodes.Status403Forbidden, "Email address not confirmed.", SignIn.SignInEndpoints.NotConfirmed)
                : ApiProblems.Problem(StatusCodes.Status401Unauthorized, SignIn.SignInEndpoints.WrongPassword);
        }

        return TypedResults.Ok(await IssueAsync(user!, null, access, refresh, cancellationToken));
    }

    private static async Task<Results<Ok<TokenResponse>, ValidationProblem, ProblemHttpResult>> RefreshAsync(
        RefreshRequest request, UserManager<User> users, AccessTokens access, RefreshTokens refresh, CancellationToken cancellationToken)
    {
        if (IsMalformed(request.RefreshToken))
        {
            return ApiProblems.Validation(new Dictionary<string, string> { ["RefreshToken"] = "Send the refresh token you were given." });
        }

        var used = await refresh.UseAsync(request.RefreshToken, cancellationToken);
        var user = used is null ? null : await users.FindByIdAsync(used.Value.UserId);
        if (user is null || await users.IsLockedOutAsync(user))
        {
            return ApiProblems.Problem(StatusCodes.Status401Unauthorized, "The refresh token is not valid.", "It has expired, been revoked or already been used. Sign in again.");
        }

        return TypedResults.Ok(await IssueAsync(user, used!.Value.FamilyId, access, refresh, cancellationToken));
    }

    // A refresh token is 43 characters; an empty or far longer value is not worth hashing and looking up.
    private static bool IsMalformed([NotNullWhen(false)] string? token) => string.IsNullOrWhiteSpace(token) || token.Length > 200;

    private static async Task<TokenResponse> IssueAsync(User user, string? family, AccessTokens access, RefreshTokens refresh, CancellationToken cancellationToken) =>
        new(await access.CreateAsync(user), "Bearer", (int)AccessTokens.Lifetime.TotalSeconds, await refresh.IssueAsync(user.Id, family, cancellationToken));
}
