using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Audit;
using Store.Accounts.Roles;
using Store.Accounts.Sessions;
using Store.Accounts.Tokens;
using Store.Accounts.Users;
using Store.Core.Data;
using Store.Core.Security;

namespace Store.Accounts.Admin;

/// <summary>
/// Role and lock changes from the admin, each recorded in the audit log in the same transaction. The last
/// administrator who can sign in is never removed nor locked: changes that could do it take a row lock on
/// the Administrator role first, so two administrators removing each other at once cannot both succeed.
/// </summary>
public sealed class UserAccessChanges(
    StoreDbContext db, UserManager<User> users, RefreshTokens refreshTokens, SessionStore sessions, AuditLog audit, TimeProvider time)
{
    public const string LastAdministrator = "The shop must keep at least one administrator who can sign in: make someone else an administrator first.";

    /// <summary>Null when saved (or nothing changed); otherwise why not.</summary>
    public async Task<string?> SetRolesAsync(HttpContext http, User user, IReadOnlyCollection<string> wanted, CancellationToken cancellationToken)
    {
        var current = await users.GetRolesAsync(user);
        var removing = current.Except(wanted, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var adding = wanted.Except(current, StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (removing.Count == 0 && adding.Count == 0)
        {
            return null;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (removing.Contains(StoreRoles.Administrator, StringComparer.Ordinal) && !await OtherAdministratorRemainsAsync(user.Id, cancellationToken))
        {
            return LastAdministrator;
        }

        audit.Add(http, "Roles changed", user.Id, user.Email,
            string.Join("; ", new[] { adding.Count > 0 ? "added " + string.Join(", ", adding) : null, removing.Count > 0 ? "removed " + string.Join(", ", removing) : null }.OfType<string>()));
        var result = await users.RemoveFromRolesAsync(user, removing);
        result = result.Succeeded ? await users.AddToRolesAsync(user, adding) : result;
        if (!result.Succeeded)
        {
            return string.Join(" ", result.Errors.Select(e => e.Description));
        }

        // A new stamp makes the change take effect at once: the user's sessions and tokens carry the old roles.
        await users.UpdateSecurityStampAsync(user);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task<string?> LockAsync(HttpContext http, User user, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.IsInRoleAsync(user, StoreRoles.Administrator) && !await OtherAdministratorRemainsAsync(user.Id, cancellationToken))
        {
            return LastAdministrator;
        }

        audit.Add(http, "Locked", user.Id, user.Email, "signed out everywhere");
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, AdminLock.Until);
        // A new stamp ends the user's cookies and access tokens now; sessions and refresh tokens go too.
        await users.UpdateSecurityStampAsync(user);
        await refreshTokens.RevokeAllAsync(user.Id, cancellationToken);
        await sessions.EndAllAsync(user.Id, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return null;
    }

    public async Task UnlockAsync(HttpContext http, User user)
    {
        await using var transaction = await db.Database.BeginTransactionAsync();
        audit.Add(http, "Unlocked", user.Id, user.Email);
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await transaction.CommitAsync();
    }

    private async Task<bool> OtherAdministratorRemainsAsync(string userId, CancellationToken cancellationToken)
    {
        var administrator = users.NormalizeName(StoreRoles.Administrator);
        // The row lock (PostgreSQL) or write lock (SQLite) is held until commit: the next change waits and counts after ours.
        await db.Set<Role>().Where(r => r.NormalizedName == administrator)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ConcurrencyStamp, Guid.NewGuid().ToString()), cancellationToken);
        var ends = await (
            from link in db.Set<IdentityUserRole<string>>()
            join role in db.Set<Role>() on link.RoleId equals role.Id
            join other in db.Set<User>() on link.UserId equals other.Id
            where role.NormalizedName == administrator && other.Id != userId
            select other.LockoutEnd).ToListAsync(cancellationToken);
        // Compared here: SQLite cannot compare DateTimeOffset in SQL, and administrators are few.
        var now = time.GetUtcNow();
        return ends.Any(end => end is null || end <= now);
    }
}
