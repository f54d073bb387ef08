using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Roles;
using Store.Accounts.Users;
using Store.Core.Data;

namespace Store.Accounts.Admin;

/// <summary>The user list of the admin pages and the admin API: search by email or name, filter by role, pages of 20.</summary>
public sealed class UserDirectory(StoreDbContext db, TimeProvider time)
{
    public const int PageSize = 20;

    public async Task<UserPage> SearchAsync(string? query, string? role, int page, CancellationToken cancellationToken)
    {
        page = Math.Max(1, page);
        var users = db.Set<User>().AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query))
        {
            var term = query.Trim();
            var upper = term.ToUpperInvariant();
            var lower = term.ToLowerInvariant();
            // Translated to SQL: lower() on both providers; a StringComparison overload would not translate.
#pragma warning disable CA1862
            users = users.Where(u => u.NormalizedEmail!.Contains(upper) || u.DisplayName.ToLower().Contains(lower));
#pragma warning restore CA1862
        }

        if (!string.IsNullOrWhiteSpace(role))
        {
            var roleIds = db.Set<Role>().Where(r => r.Name == role).Select(r => r.Id);
            var members = db.Set<IdentityUserRole<string>>().Where(ur => roleIds.Contains(ur.RoleId)).Select(ur => ur.UserId);
            users = users.Where(u => members.Contains(u.Id));
        }

        var total = await users.CountAsync(cancellationToken);
        var now = time.GetUtcNow();
        var rows = await users.OrderBy(u => u.NormalizedEmail).Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new { u.Id, u.Email, u.DisplayName, u.CreatedUtc, u.LockoutEnd, u.EmailConfirmed })
            .ToListAsync(cancellationToken);
        var roles = await RolesOfAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        var items = rows.Select(r => new UserSummary(
            r.Id, r.Email ?? string.Empty, r.DisplayName, r.EmailConfirmed, r.LockoutEnd is { } end && end > now, r.CreatedUtc,
            roles.TryGetValue(r.Id, out var names) ? names : [])).ToList();
        return new UserPage(items, page, PageSize, total);
    }

    private async Task<Dictionary<string, IReadOnlyList<string>>> RolesOfAsync(IReadOnlyCollection<string> userIds, CancellationToken cancellationToken)
    {
        var pairs = await (from ur in db.Set<IdentityUserRole<string>>()
                           join r in db.Set<Role>() on ur.RoleId equals r.Id
                           where userIds.Contains(ur.UserId)
                           select new { ur.UserId, r.Name }).ToListAsync(cancellationToken);
        return pairs.GroupBy(p => p.UserId).ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(p => p.Name!).Order(StringComparer.Ordinal).ToList());
    }
}
