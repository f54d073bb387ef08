using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Accounts.Web;

namespace Store.Accounts.Sessions;

/// <summary><c>/account/sessions</c>: where the account is signed in, ending one session or all of them.</summary>
internal static class SessionEndpoints
{
    public static void MapSessionEndpoints(this IEndpointRouteBuilder account)
    {
        account.MapGet("/sessions", async (HttpContext http, SessionStore sessions, string? ended, CancellationToken cancellationToken) =>
            FormPage.Show("Account/Sessions", notice: ended is null ? null : "The session has been signed out.",
                model: new SessionsPage(await sessions.ListAsync(UserId(http), SessionStore.KeyOf(http.User), cancellationToken))));
        account.MapPost("/sessions/{id:long}/end", async (long id, HttpContext http, SessionStore sessions, SignInManager<User> signIn, CancellationToken cancellationToken) =>
        {
            var current = (await sessions.ListAsync(UserId(http), SessionStore.KeyOf(http.User), cancellationToken)).Any(s => s.Id == id && s.IsCurrent);
            if (!await sessions.EndAsync(UserId(http), id, cancellationToken))
            {
                return Results.NotFound();
            }

            if (current)
            {
                await signIn.SignOutAsync();
                return Results.Redirect("/");
            }

            return Results.Redirect("/account/sessions?ended=1");
        }).RequireAntiforgery();
        account.MapPost("/sessions/end-all", EndAllAsync).RequireAntiforgery();
    }

    /// <summary>Every cookie session, every refresh token and (through the new stamp) every access token of the user dies, this browser's included.</summary>
    private static async Task<IResult> EndAllAsync(HttpContext http, UserManager<User> users, SessionStore sessions, RefreshTokens refreshTokens, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(UserId(http));
        if (user is null)
        {
            return Results.Unauthorized();
        }

        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
        return Results.Redirect("/account/login?signedOut=everywhere");
    }

    // The group requires an authenticated user, whose cookie always carries the id.
    private static string UserId(HttpContext http) => CurrentUser.IdOf(http.User)!;
}
