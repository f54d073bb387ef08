using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Api;
using Store.Core.Data;

namespace Store.Accounts.ApiClients;

/// <summary>Creating, revoking and checking API clients (the module README, "API clients").</summary>
public sealed class ApiClientStore(StoreDbContext db, TimeProvider time, IStringLocalizer<ApiClientStore> localizer)
{
    public const int MaxNameLength = 100;

    // Written at most once a minute per client, so a busy client does not turn every call into a write.
    private static readonly TimeSpan LastUsedPrecision = TimeSpan.FromMinutes(1);

    public Task<List<ApiClient>> ListAsync(CancellationToken cancellationToken) =>
        db.Set<ApiClient>().AsNoTracking().OrderBy(c => c.RevokedUtc != null).ThenBy(c => c.Name).ThenBy(c => c.Id).ToListAsync(cancellationToken);

    /// <summary>Field errors (by input name), or the new client and its secret, which is never shown again.</summary>
    public async Task<(Dictionary<string, string> Errors, ApiClient? Client, string? Secret)> CreateAsync(string? name, IReadOnlyCollection<string> scopes, DateOnly? expires, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var errors = new Dictionary<string, string>();
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > MaxNameLength)
        {
            errors["Name"] = localizer["Enter a name of at most {0} characters, e.g. the program that will use it.", MaxNameLength];
        }

        if (scopes.Count == 0 || scopes.Any(s => !ApiScopes.All.Contains(s)))
        {
            errors["Scopes"] = localizer["Choose at least one of the listed scopes."];
        }

        // The client works until the end of the chosen day (UTC).
        var expiresUtc = expires?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddDays(1);
        if (expiresUtc <= now)
        {
            errors["Expires"] = localizer["Choose a day in the future, or leave it empty for no expiry."];
        }

        if (errors.Count > 0)
        {
            return (errors, null, null);
        }

        var secret = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Name = name!,
            ClientId = "cl_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            SecretHash = Hash(secret),
            Scopes = string.Join(' ', ApiScopes.All.Where(scopes.Contains)),
            CreatedUtc = now,
            ExpiresUtc = expiresUtc,
        };
        db.Add(client);
        await db.SaveChangesAsync(cancellationToken);
        return (errors, client, secret);
    }

    public async Task<bool> RevokeAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<ApiClient>().Where(c => c.Id == id && c.RevokedUtc == null)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RevokedUtc, time.GetUtcNow().UtcDateTime), cancellationToken) > 0;

    /// <summary>The active client with this id and secret, or null; both compared without revealing which was wrong.</summary>
    public async Task<ApiClient?> AuthenticateAsync(string? clientId, string? secret, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(clientId) || clientId.Length > 40 || string.IsNullOrEmpty(secret) || secret.Length > 200)
        {
            return null;
        }

        var client = await db.Set<ApiClient>().AsNoTracking().SingleOrDefaultAsync(c => c.ClientId == clientId, cancellationToken);
        var matches = CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(secret)), Encoding.ASCII.GetBytes(client?.SecretHash ?? new string('0', 64)));
        return client is not null && matches && client.IsActive(time.GetUtcNow().UtcDateTime) ? client : null;
    }

    /// <summary>Checked on every call with a client token: a revoked or expired client stops at its next request.</summary>
    public async Task<bool> IsActiveAsync(string clientId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var client = await db.Set<ApiClient>().AsNoTracking()
            .Where(c => c.ClientId == clientId)
            .Select(c => new { c.Id, c.RevokedUtc, c.ExpiresUtc, c.LastUsedUtc })
            .SingleOrDefaultAsync(cancellationToken);
        if (client is null || client.RevokedUtc is not null || client.ExpiresUtc <= now)
        {
            return false;
        }

        if (client.LastUsedUtc is not { } last || now - last >= LastUsedPrecision)
        {
            await db.Set<ApiClient>().Where(c => c.Id == client.Id).ExecuteUpdateAsync(s => s.SetProperty(c => c.LastUsedUtc, now), cancellationToken);
        }

        return true;
    }

    private static string Hash(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));
}
