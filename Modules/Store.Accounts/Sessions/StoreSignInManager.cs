using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Store.Accounts.Users;

namespace Store.Accounts.Sessions;

/// <summary>
/// Identity's sign-in with a server-side session: a password sign-in starts one (its key goes into the
/// cookie), a refresh of the cookie keeps it, and sign-out deletes it, which is what makes a copied
/// cookie worthless afterwards.
/// </summary>
internal sealed class StoreSignInManager(
    UserManager<User> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<User> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<User>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<User> confirmation,
    SessionStore sessions)
    : SignInManager<User>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private string? _refreshing;

    public override async Task RefreshSignInAsync(User user)
    {
        var current = await Context.AuthenticateAsync(AuthenticationScheme);
        _refreshing = current.Principal is { } principal ? SessionStore.KeyOf(principal) : null;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            _refreshing = null;
        }
    }

    public override async Task SignInWithClaimsAsync(User user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var key = _refreshing;
        if (key is null)
        {
            key = await sessions.StartAsync(user, Context);
        }
        else
        {
            await sessions.RestampAsync(key, user.SecurityStamp ?? string.Empty);
        }

        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims, new Claim(SessionStore.ClaimType, key)]);
    }

    /// <summary>
    /// Unknown emails and locked accounts hash the password too, so every failure takes as long as a wrong
    /// password (Identity answers those two without hashing, which told who has an account).
    /// </summary>
    public override async Task<SignInResult> PasswordSignInAsync(string userName, string password, bool isPersistent, bool lockoutOnFailure)
    {
        var user = await UserManager.FindByNameAsync(userName);
        if (user is null)
        {
            DummyPassword.Verify(UserManager.PasswordHasher, password);
            return SignInResult.Failed;
        }

        return await PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure);
    }

    public override async Task<SignInResult> CheckPasswordSignInAsync(User user, string password, bool lockoutOnFailure)
    {
        // Identity answers "not allowed" (email not confirmed) before it looks at the password: only the
        // right password may learn that, or the answer would tell which addresses have accounts.
        if (!await CanSignInAsync(user))
        {
            return await UserManager.CheckPasswordAsync(user, password) ? SignInResult.NotAllowed : SignInResult.Failed;
        }

        if (await UserManager.IsLockedOutAsync(user))
        {
            DummyPassword.Verify(UserManager.PasswordHasher, password);
        }

        return await base.CheckPasswordSignInAsync(user, password, lockoutOnFailure);
    }

    public override async Task SignOutAsync()
    {
        if (SessionStore.KeyOf(Context.User) is { } key)
        {
            await sessions.EndAsync(key);
        }

        await base.SignOutAsync();
    }
}
