using System.Text.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Addresses;
using Store.Accounts.Sessions;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Privacy;

namespace Store.Accounts.Privacy;

/// <summary>
/// A person's data, gathered for download, and their account's erasure. Accounts holds the profile, the address
/// book and the sessions; every module's <see cref="IPersonalData"/> adds its part. Erasure is one transaction:
/// a module that refuses (an order still under way) rolls everything back; a module that must keep something
/// (orders and invoices, by bookkeeping law) turns the deletion into an anonymisation, and the answer says what stays.
/// </summary>
public sealed class AccountPrivacy(StoreDbContext db, UserManager<User> users, IEnumerable<IPersonalData> sources, SessionStore sessions, TimeProvider time)
{
    public const string ErasedName = "Erased customer";

    // The download is meant to be read by the person too, so it is indented; the API answer uses the API's own options.
    private static readonly JsonSerializerOptions FileJson = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The export as the JSON file a customer (or staff for them) downloads.</summary>
    public async Task<byte[]> ExportFileAsync(User user, CancellationToken cancellationToken) =>
        JsonSerializer.SerializeToUtf8Bytes(await ExportAsync(user, cancellationToken), FileJson);

    public async Task<IReadOnlyDictionary<string, object?>> ExportAsync(User user, CancellationToken cancellationToken)
    {
        var export = new Dictionary<string, object?>
        {
            ["exportedUtc"] = time.GetUtcNow().UtcDateTime,
            ["profile"] = new { user.Id, user.Email, user.DisplayName, user.CreatedUtc, user.EmailConfirmed, Roles = await users.GetRolesAsync(user) },
            ["addresses"] = await db.Set<Address>().AsNoTracking().Where(a => a.UserId == user.Id).OrderBy(a => a.Id)
                .Select(a => new { a.FullName, a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country, a.Phone, a.IsDefault, a.CreatedUtc })
                .ToListAsync(cancellationToken),
            ["sessions"] = await db.Set<UserSession>().AsNoTracking().Where(s => s.UserId == user.Id).OrderBy(s => s.Id)
                .Select(s => new { s.Device, s.Address, s.CreatedUtc, s.LastSeenUtc })
                .ToListAsync(cancellationToken),
        };
        var subject = new PersonalDataSubject(user.Id, user.Email ?? string.Empty);
        foreach (var source in sources)
        {
            export[source.Section] = await source.ExportAsync(subject, cancellationToken);
        }

        return export;
    }

    public async Task<AccountErasure> EraseAsync(User user, CancellationToken cancellationToken)
    {
        var subject = new PersonalDataSubject(user.Id, user.Email ?? string.Empty);
        AccountErasure? outcome = null;
        await db.AllOrNothingAsync(async () =>
        {
            var kept = new List<string>();
            foreach (var source in sources)
            {
                var answer = await source.EraseAsync(subject, cancellationToken);
                if (answer.Refused is { } why)
                {
                    outcome = new AccountErasure(false, false, [], why);
                    return false;
                }

                if (answer.Kept is { } what)
                {
                    kept.Add(what);
                }
            }

            if (kept.Count == 0)
            {
                // Addresses, sessions, refresh tokens and Identity's rows go with the user (cascades).
                outcome = (await users.DeleteAsync(user)).Succeeded ? new AccountErasure(true, true, [], null) : null;
                return outcome is not null;
            }

            outcome = await AnonymiseAsync(user, cancellationToken) ? new AccountErasure(true, false, kept, null) : null;
            return outcome is not null;
        }, cancellationToken);
        return outcome ?? throw new InvalidOperationException($"Identity refused to erase user {user.Id}.");
    }

    // The row stays because orders point at it; nothing on it leads back to the person, and it can never sign in.
    private async Task<bool> AnonymiseAsync(User user, CancellationToken cancellationToken)
    {
        await db.Set<Address>().Where(a => a.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await db.Set<RefreshToken>().Where(t => t.UserId == user.Id).ExecuteDeleteAsync(cancellationToken);
        foreach (var login in await users.GetLoginsAsync(user))
        {
            await users.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey);
        }

        var placeholder = $"erased-{user.Id}@erased.invalid";
        user.Email = user.UserName = placeholder;
        user.NormalizedEmail = user.NormalizedUserName = users.NormalizeEmail(placeholder);
        user.DisplayName = ErasedName;
        user.EmailConfirmed = false;
        user.PhoneNumber = null;
        user.PasswordHash = null;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        return (await users.UpdateAsync(user)).Succeeded;
    }
}

/// <summary>
/// What an erasure did: <see cref="Deleted"/> (nothing had to stay) or anonymised with <see cref="Kept"/> saying
/// what stays; or <see cref="Refused"/>, in which case nothing changed.
/// </summary>
public sealed record AccountErasure(bool Erased, bool Deleted, IReadOnlyList<string> Kept, string? Refused);
