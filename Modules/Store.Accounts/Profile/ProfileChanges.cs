using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Store.Accounts.Emails;
using Store.Accounts.Sessions;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;

namespace Store.Accounts.Profile;

/// <summary>
/// Name and email changes, shared by the storefront and the API. A new email address takes effect only
/// when its owner follows the link sent to it, so a typo cannot lock anyone out of their account; asking
/// for it needs the current password (or a recent sign-in), and the old address hears of it with an undo link.
/// </summary>
public sealed class ProfileChanges(
    StoreDbContext db, UserManager<User> users, AccountEmails emails, Reauthentication reauthentication, SessionStore sessions, RefreshTokens refreshTokens)
{
    public sealed record Outcome(IReadOnlyDictionary<string, string> Errors, bool EmailChangePending);

    public async Task<Outcome> UpdateAsync(HttpContext http, User user, string? displayName, string? email, string? currentPassword, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Required(errors, "DisplayName", displayName, FieldRules.NameMax, "your name");
        FieldRules.Email(errors, "Email", email);
        if (errors.Count > 0)
        {
            return new Outcome(errors, false);
        }

        email = email!.Trim();
        var changesEmail = !string.Equals(users.NormalizeEmail(email), user.NormalizedEmail, StringComparison.Ordinal);
        if (changesEmail && await reauthentication.ConfirmAsync(http, user, currentPassword, cancellationToken) is { } problem)
        {
            return new Outcome(new Dictionary<string, string> { ["CurrentPassword"] = problem }, false);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        user.DisplayName = displayName!.Trim();
        var updated = await users.UpdateAsync(user);
        if (!updated.Succeeded)
        {
            return new Outcome(IdentityErrors.ToFields(updated), false);
        }

        if (changesEmail)
        {
            // A taken address answers like a free one (no enumeration); its owner is told instead.
            if (await users.FindByEmailAsync(email) is { } owner)
            {
                await emails.QueueAccountExistsAsync(owner, cancellationToken);
            }
            else
            {
                await emails.QueueEmailChangeAsync(user, email, cancellationToken);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new Outcome(errors, changesEmail);
    }

    /// <summary>Applies a confirmed email change; false when the link is invalid, used, expired, or the address was taken meanwhile.</summary>
    public async Task<bool> ConfirmEmailChangeAsync(string? userId, string? email, string? token, CancellationToken cancellationToken)
    {
        var user = string.IsNullOrEmpty(userId) || string.IsNullOrEmpty(email) || string.IsNullOrEmpty(token) ? null : await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        var oldEmail = user.Email!;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // ChangeEmailAsync renews the security stamp: the link works once, and sessions sign in again with the new address.
        if (!(await users.ChangeEmailAsync(user, email!, token!)).Succeeded || !(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            return false;
        }

        await emails.QueueEmailChangedAsync(user, oldEmail, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// The undo link from the old address: the account gets it back, every session and token ends, and
    /// whoever made the change is out. False when the link is invalid or the account no longer has the new address.
    /// </summary>
    public async Task<bool> UndoEmailChangeAsync(EmailUndoTokens tokens, string? token, CancellationToken cancellationToken)
    {
        if (tokens.Read(token) is not { } undo || await users.FindByIdAsync(undo.UserId) is not { } user
            || !string.Equals(user.NormalizedEmail, users.NormalizeEmail(undo.NewEmail), StringComparison.Ordinal))
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!(await users.SetEmailAsync(user, undo.OldEmail)).Succeeded || !(await users.SetUserNameAsync(user, undo.OldEmail)).Succeeded)
        {
            return false;
        }

        // The old address proved itself by receiving the link.
        user.EmailConfirmed = true;
        await users.UpdateAsync(user);
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
