using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Store.Accounts.Users;
using Store.Core.Data;

namespace Store.Accounts.Sessions;

/// <summary>
/// The server side of cookie sessions: a row per signed-in browser, found by the hash of the key the cookie
/// carries. Sign-out deletes the row, so a replayed cookie is refused on every node sharing the database.
/// </summary>
public sealed class SessionStore(StoreDbContext db, TimeProvider time)
{
    /// <summary>The claim in the auth cookie that names its session.</summary>
    public const string ClaimType = "store_sid";

    /// <summary>As long as the cookie can live (14 days, sliding): a session unseen for longer is dead anyway.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    // "Last seen" is written at most this often: a write per request would cost more than the check itself.
    private static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(5);

    private DbSet<UserSession> Sessions => db.Set<UserSession>();

    /// <summary>Records a new session for a password sign-in and returns the key for the cookie.</summary>
    public async Task<string> StartAsync(User user, HttpContext http)
    {
        var key = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        var cutoff = now - Lifetime;
        await Sessions.Where(s => s.UserId == user.Id && s.LastSeenUtc < cutoff).ExecuteDeleteAsync(http.RequestAborted);
        Sessions.Add(new UserSession
        {
            UserId = user.Id,
            KeyHash = Hash(key),
            Stamp = user.SecurityStamp ?? string.Empty,
            CreatedUtc = now,
            LastSeenUtc = now,
            PasswordUtc = now,
            Device = DeviceNames.From(http.Request.Headers.UserAgent),
            Address = http.Connection.RemoteIpAddress?.ToString() ?? string.Empty,
        });
        await db.SaveChangesAsync(http.RequestAborted);
        return key;
    }

    /// <summary>
    /// True when the session exists and the user's stamp is still the cookie's: one indexed read, plus a
    /// write every few minutes for "last seen".
    /// </summary>
    public async Task<bool> IsAliveAsync(string userId, string key, string? stamp, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var found = await Sessions.AsNoTracking()
            .Where(s => s.KeyHash == hash && s.UserId == userId)
            .Select(s => new { s.Id, s.LastSeenUtc, UserStamp = db.Set<User>().Where(u => u.Id == s.UserId).Select(u => u.SecurityStamp).FirstOrDefault() })
            .FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (found is null || found.UserStamp != stamp || found.LastSeenUtc < now - Lifetime)
        {
            if (found is not null)
            {
                await Sessions.Where(s => s.Id == found.Id).ExecuteDeleteAsync(cancellationToken);
            }

            return false;
        }

        if (now - found.LastSeenUtc > TouchInterval)
        {
            await Sessions.Where(s => s.Id == found.Id).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastSeenUtc, now), cancellationToken);
        }

        return true;
    }

    /// <summary>The session goes on under a new stamp (this browser changed the password or the roles).</summary>
    public Task RestampAsync(string key, string stamp)
    {
        var hash = Hash(key);
        return Sessions.Where(s => s.KeyHash == hash).ExecuteUpdateAsync(u => u.SetProperty(s => s.Stamp, stamp));
    }

    public async Task EndAsync(string key)
    {
        var hash = Hash(key);
        await Sessions.Where(s => s.KeyHash == hash).ExecuteDeleteAsync();
    }

    /// <summary>Ends one of the user's sessions; false when the id is not one of theirs.</summary>
    public async Task<bool> EndAsync(string userId, long id, CancellationToken cancellationToken) =>
        await Sessions.Where(s => s.Id == id && s.UserId == userId).ExecuteDeleteAsync(cancellationToken) == 1;

    public async Task EndAllAsync(string userId, CancellationToken cancellationToken) =>
        await Sessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);

    /// <summary>The user's live sessions, most recently seen first; <paramref name="currentKey"/> marks this browser's.</summary>
    public async Task<IReadOnlyList<SessionView>> ListAsync(string userId, string? currentKey, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow().UtcDateTime - Lifetime;
        var current = currentKey is null ? null : Hash(currentKey);
        var stamp = await db.Set<User>().Where(u => u.Id == userId).Select(u => u.SecurityStamp).FirstOrDefaultAsync(cancellationToken);
        var rows = await Sessions.AsNoTracking()
            .Where(s => s.UserId == userId && s.Stamp == stamp && s.LastSeenUtc >= cutoff)
            .OrderByDescending(s => s.LastSeenUtc).ThenByDescending(s => s.Id)
            .Select(s => new { s.Id, s.KeyHash, s.Device, s.Address, s.CreatedUtc, s.LastSeenUtc })
            .ToListAsync(cancellationToken);
        return rows.Select(s => new SessionView(s.Id, s.Device, s.Address.Length > 0 ? s.Address : "unknown", s.CreatedUtc, s.LastSeenUtc, s.KeyHash == current)).ToList();
    }

    /// <summary>When the password was last entered in this session; null for an unknown session.</summary>
    public async Task<DateTime?> PasswordEnteredAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        return await Sessions.Where(s => s.KeyHash == hash).Select(s => (DateTime?)s.PasswordUtc).FirstOrDefaultAsync(cancellationToken);
    }

    public Task MarkPasswordEnteredAsync(string key, CancellationToken cancellationToken)
    {
        var hash = Hash(key);
        var now = time.GetUtcNow().UtcDateTime;
        return Sessions.Where(s => s.KeyHash == hash).ExecuteUpdateAsync(u => u.SetProperty(s => s.PasswordUtc, now), cancellationToken);
    }

    public static string? KeyOf(System.Security.Claims.ClaimsPrincipal principal) => principal.FindFirst(ClaimType)?.Value;

    private static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
