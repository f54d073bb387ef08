using Microsoft.AspNetCore.Identity;
using Store.Accounts.Emails;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;

namespace Store.Accounts.Profile;

/// <summary>
/// Name and email changes, shared by the storefront and the API. A new email address takes effect only
/// when its owner follows the link sent to it, so a typo cannot lock anyone out of their account.
/// </summary>
public sealed class ProfileChanges(StoreDbContext db, UserManager<User> users, AccountEmails emails)
{
    public sealed record Outcome(IReadOnlyDictionary<string, string> Errors, bool EmailChangePending);

    public async Task<Outcome> UpdateAsync(User user, string? displayName, string? email, CancellationToken cancellationToken)
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
        if (changesEmail && await users.FindByEmailAsync(email) is not null)
        {
            return new Outcome(new Dictionary<string, string> { ["Email"] = "Another account already uses this email address." }, false);
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
            await emails.QueueEmailChangeAsync(user, email, cancellationToken);
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

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // ChangeEmailAsync renews the security stamp: the link works once, and sessions sign in again with the new address.
        if (!(await users.ChangeEmailAsync(user, email!, token!)).Succeeded || !(await users.SetUserNameAsync(user, email)).Succeeded)
        {
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
