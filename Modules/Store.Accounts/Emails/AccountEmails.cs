using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Store.Accounts.Users;
using Store.Core.Email;

namespace Store.Accounts.Emails;

/// <summary>
/// Queues the account emails in the outbox; the caller's <c>SaveChangesAsync</c> stores them with the
/// change. Links point at <c>Email:BaseUrl</c>, or the current request's host when it is not set.
/// </summary>
public sealed class AccountEmails(UserManager<User> users, EmailOutbox outbox, EmailOptions options, IHttpContextAccessor http, EmailUndoTokens undoTokens)
{
    /// <summary>At most this many account emails to one address per hour; more requests are answered the same but send nothing.</summary>
    public const int MaxPerHour = 5;

    public async Task QueueConfirmationAsync(User user, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(user.Email!, cancellationToken))
        {
            return;
        }

        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var url = Link("/account/confirm", ("user", user.Id), ("token", token));
        await outbox.QueueAsync(user.Email!, "ConfirmEmail", Model(user, user.Email!, url, UserManager<User>.ConfirmEmailTokenPurpose), cancellationToken);
    }

    public async Task QueuePasswordResetAsync(User user, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(user.Email!, cancellationToken))
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var url = Link("/account/password/reset", ("user", user.Id), ("token", token));
        await outbox.QueueAsync(user.Email!, "ResetPassword", Model(user, user.Email!, url, UserManager<User>.ResetPasswordTokenPurpose), cancellationToken);
    }

    /// <summary>Sent to the new address: the change takes effect only when its owner follows the link.</summary>
    public async Task QueueEmailChangeAsync(User user, string newEmail, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(newEmail, cancellationToken))
        {
            return;
        }

        var token = await users.GenerateChangeEmailTokenAsync(user, newEmail);
        var url = Link("/account/email/confirm", ("user", user.Id), ("email", newEmail), ("token", token));
        await outbox.QueueAsync(newEmail, "ConfirmEmailChange", Model(user, newEmail, url, "ChangeEmail"), cancellationToken);
    }

    /// <summary>
    /// Sent to the owner when their address is given to register or to change another account's email: the
    /// form answers as if it had worked, so only the mailbox's owner learns that the address has an account.
    /// </summary>
    public async Task QueueAccountExistsAsync(User owner, CancellationToken cancellationToken)
    {
        if (!await AllowedAsync(owner.Email!, cancellationToken))
        {
            return;
        }

        var url = Link("/account/password/forgot");
        await outbox.QueueAsync(owner.Email!, "AccountExists", new EmailLink(NameOf(owner, owner.Email!), owner.Email!, url, string.Empty), cancellationToken);
    }

    /// <summary>Sent to the old address once an email change is confirmed, with a link that undoes it.</summary>
    public async Task QueueEmailChangedAsync(User user, string oldEmail, CancellationToken cancellationToken)
    {
        var url = Link("/account/email/undo", ("token", undoTokens.Create(user.Id, oldEmail, user.Email!)));
        // Not counted against the hourly limit: the owner of the old address must always hear of the change.
        await outbox.QueueAsync(oldEmail, "EmailChanged", new EmailLink(NameOf(user, oldEmail), user.Email!, url, $"{EmailUndoTokens.Lifetime.TotalDays:0} days"), cancellationToken);
    }

    // The forms answer alike whatever happens, so a stranger cannot use them to flood someone's mailbox.
    private async Task<bool> AllowedAsync(string to, CancellationToken cancellationToken) =>
        await outbox.CountRecentAsync(to, TimeSpan.FromHours(1), cancellationToken) < MaxPerHour;

    private static EmailLink Model(User user, string email, string url, string purpose)
    {
        var lifetime = TimedTokenProvider.LifetimeOf(purpose);
        var validFor = lifetime.TotalHours < 24 ? $"{lifetime.TotalHours:0} hour{(lifetime.TotalHours == 1 ? "" : "s")}" : $"{lifetime.TotalDays:0} day{(lifetime.TotalDays == 1 ? "" : "s")}";
        return new EmailLink(NameOf(user, email), email, url, validFor);
    }

    private static string NameOf(User user, string email) => string.IsNullOrWhiteSpace(user.DisplayName) ? email : user.DisplayName;

    private string Link(string path, params (string Name, string Value)[] query)
    {
        var baseUrl = options.PublicOrigin(http.HttpContext);

        return baseUrl + path + (query.Length == 0 ? "" : "?" + string.Join('&', query.Select(q => q.Name + "=" + Uri.EscapeDataString(q.Value))));
    }
}
