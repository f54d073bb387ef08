using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Consents;
using Store.Accounts.Emails;
using Store.Accounts.Users;
using Store.Accounts.Web;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Accounts.Registration;

/// <summary>
/// Creates a customer account and queues its confirmation email in one transaction: either the shopper
/// exists and the email will go, or neither. Shared by the storefront form and the JSON API.
/// </summary>
public sealed class UserRegistration(StoreDbContext db, UserManager<User> users, AccountEmails emails, TimeProvider time, ConsentLog consents)
{
    /// <summary>Returns the problems by field (<c>Email</c>, <c>DisplayName</c>, <c>Password</c>); empty when the account was created, or the address already had one (its owner is emailed).</summary>
    public Task<IReadOnlyDictionary<string, string>> RegisterAsync(string? email, string? displayName, string? password, CancellationToken cancellationToken) =>
        RegisterAsync(email, displayName, password, marketing: false, cancellationToken);

    /// <summary>As above; a ticked marketing box is recorded as consent with its wording, in the same transaction.</summary>
    public async Task<IReadOnlyDictionary<string, string>> RegisterAsync(string? email, string? displayName, string? password, bool marketing, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        FieldRules.Email(errors, "Email", email);
        FieldRules.Required(errors, "DisplayName", displayName, FieldRules.NameMax, "your name");
        FieldRules.Password(errors, "Password", password);
        if (errors.Count > 0)
        {
            return errors;
        }

        email = email!.Trim();
        var user = new User
        {
            UserName = email,
            Email = email,
            DisplayName = displayName!.Trim(),
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        };

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // The password is checked and hashed before the address is: a taken address costs the same time.
            var created = await users.CreateAsync(user, password!);
            if (!created.Succeeded && created.Errors.Any(e => e.Code is nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName)))
            {
                await NotifyOwnerAsync(email, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return errors;
            }

            if (!created.Succeeded)
            {
                return IdentityErrors.ToFields(created);
            }

            var role = await users.AddToRoleAsync(user, StoreRoles.Customer);
            if (!role.Succeeded)
            {
                throw new InvalidOperationException("The Customer role is missing: " + string.Join(" ", role.Errors.Select(e => e.Description)));
            }

            await emails.QueueConfirmationAsync(user, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (marketing)
            {
                await consents.RecordAsync(ConsentPurpose.MarketingEmails, granted: true, "registration", user.Id, null, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return errors;
        }
        catch (DbUpdateException)
        {
            // Two registrations of one address racing: the unique index refuses the second, which answers
            // like the first (the winner's confirmation email is on its way).
            db.ChangeTracker.Clear();
            return errors;
        }
    }

    /// <summary>
    /// A taken address answers "check your email" like a free one, so the form tells nobody who has an
    /// account; the owner gets an email saying so, with a way back in.
    /// </summary>
    private async Task NotifyOwnerAsync(string email, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        if (await users.FindByEmailAsync(email) is { } owner)
        {
            await emails.QueueAccountExistsAsync(owner, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Sends a fresh confirmation link to an account that is not confirmed yet; does nothing otherwise.</summary>
    public async Task ResendConfirmationAsync(string email, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null || user.EmailConfirmed)
        {
            return;
        }

        await emails.QueueConfirmationAsync(user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }
}
