using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Store.Accounts.Users;

namespace Store.Accounts.Sessions;

/// <summary>
/// The check before a sensitive change (email, roles, locks, API clients): the current password, or a
/// password entered in this browser session within the last <see cref="Window"/>. A bearer token has no
/// session, so an API call always sends the password. Wrong passwords count towards the lockout, so a
/// stolen session cannot be used to guess the password.
/// </summary>
public sealed class Reauthentication(SignInManager<User> signIn, SessionStore sessions, TimeProvider time)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    public const string Required = "Enter your current password to confirm this change.";

    public const string Wrong = "The current password is not correct.";

    /// <summary>True when the password was entered in this cookie session within <see cref="Window"/>.</summary>
    public async Task<bool> IsRecentAsync(HttpContext http, CancellationToken cancellationToken) =>
        SessionStore.KeyOf(http.User) is { } key
        && await sessions.PasswordEnteredAsync(key, cancellationToken) is { } entered
        && time.GetUtcNow().UtcDateTime - entered <= Window;

    /// <summary>
    /// Null when the change may go ahead; otherwise the message to show beside the password field. A right
    /// password opens a new window for this session, so a second change right after needs no password.
    /// </summary>
    public async Task<string?> ConfirmAsync(HttpContext http, User user, string? password, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(password))
        {
            return await IsRecentAsync(http, cancellationToken) ? null : Required;
        }

        if (password.Length > Web.FieldRules.PasswordMax || !(await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true)).Succeeded)
        {
            return Wrong;
        }

        if (SessionStore.KeyOf(http.User) is { } key)
        {
            await sessions.MarkPasswordEnteredAsync(key, cancellationToken);
        }

        return null;
    }
}
