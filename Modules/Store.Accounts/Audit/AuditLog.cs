using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Data;

namespace Store.Accounts.Audit;

/// <summary>
/// Records privileged changes (roles, locks; API clients too) for the admin's audit page. The entry is
/// added to the caller's unit of work, so it is saved with the change it describes, or not at all.
/// </summary>
public sealed class AuditLog(StoreDbContext db, TimeProvider time)
{
    public const int PageSize = 50;

    /// <summary>Adds an entry for a change made by the signed-in user of <paramref name="http"/>; saved by the caller's <c>SaveChangesAsync</c>.</summary>
    public AuditEntry Add(HttpContext http, string action, string? targetId, string? targetEmail, string details = "")
    {
        return db.Set<AuditEntry>().Add(new AuditEntry
        {
            AtUtc = time.GetUtcNow().UtcDateTime,
            ActorId = CurrentUser.IdOf(http.User) ?? string.Empty,
            ActorEmail = http.User.FindFirst(ClaimTypes.Email)?.Value ?? http.User.Identity?.Name ?? string.Empty,
            Action = Clip(action, 64),
            TargetId = targetId ?? string.Empty,
            TargetEmail = Clip(targetEmail ?? string.Empty, 256),
            Details = Clip(details, 1000),
            Address = http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
        }).Entity;
    }

    /// <summary>Newest first, one page.</summary>
    public async Task<IReadOnlyList<AuditView>> PageAsync(int page, CancellationToken cancellationToken) =>
        await db.Set<AuditEntry>().AsNoTracking()
            .OrderByDescending(e => e.Id)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(e => new AuditView(e.AtUtc, e.ActorEmail, e.Action, e.TargetEmail, e.Details, e.Address))
            .ToListAsync(cancellationToken);

    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Set<AuditEntry>().CountAsync(cancellationToken);

    private static string Clip(string value, int max) => value.Length > max ? value[..max] : value;
}
