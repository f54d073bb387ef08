using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Emails;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;

namespace Store.Accounts.Passwords;

/// <summary>
/// Password rules shared by the storefront and the API. Changing or resetting a password renews the
/// security stamp (other cookies stop working at their next request) and revokes every refresh token.
/// </summary>
public sealed class PasswordChanges(StoreDbContext db, UserManager<User> users, AccountEmails emails, RefreshTokens refreshTokens)
{
    /// <summary>Queues a reset link when the address belongs to an account; says nothing either way.</summary>
    public async Task RequestResetAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return;
        }

        await emails.QueuePasswordResetAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Null when the link is not (or no longer) valid; otherwise the problems by field, empty on success.</summary>
    public async Task<IReadOnlyDictionary<string, string>?> ResetAsync(string? userId, string? token, string? password, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(userId);
        if (user is null || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<User>.ResetPasswordTokenPurpose, token!))
        {
            return null;
        }

        var errors = new Dictionary<string, string>();
        FieldRules.Password(errors, "Password", password, "a new password");
        if (errors.Count > 0)
        {
            return errors;
        }

        var result = await users.ResetPasswordAsync(user, token!, password!);
        if (!result.Succeeded)
        {
            return IdentityErrors.ToFields(result);
        }

        // Whoever asked for the link owns the mailbox, so the wrong-password lockout ends; an administrator's lock stays.
        if (!AdminLock.IsOn(user))
        {
            await users.SetLockoutEndDateAsync(user, null);
        }

        await users.ResetAccessFailedCountAsync(user);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        return errors;
    }

    public async Task<IReadOnlyDictionary<string, string>> ChangeAsync(User user, string? currentPassword, string? newPassword, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Password(errors, "CurrentPassword", currentPassword, "your current password");
        FieldRules.Password(errors, "NewPassword", newPassword, "a new password");
        if (errors.Count > 0)
        {
            return errors;
        }

        var result = await users.ChangePasswordAsync(user, currentPassword!, newPassword!);
        if (!result.Succeeded)
        {
            return IdentityErrors.ToFields(result, passwordField: "NewPassword");
        }

        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        return errors;
    }
}
