using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Accounts.Tokens;

/// <summary>Issues, rotates and revokes refresh tokens. Every state change is one conditional UPDATE, so two requests presenting one token cannot both win.</summary>
public sealed class RefreshTokens(StoreDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    private DbSet<RefreshToken> Tokens => db.Set<RefreshToken>();

    /// <summary>Starts a new family (a sign-in) or continues one (a refresh); returns the token to hand out.</summary>
    public async Task<string> IssueAsync(string userId, string? familyId, CancellationToken cancellationToken)
    {
        var raw = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow().UtcDateTime;
        Tokens.Add(new RefreshToken
        {
            UserId = userId,
            FamilyId = familyId ?? Guid.NewGuid().ToString("n"),
            TokenHash = Hash(raw),
            CreatedUtc = now,
            ExpiresUtc = now + Lifetime,
        });
        await db.SaveChangesAsync(cancellationToken);
        return raw;
    }

    /// <summary>Uses the token up and returns its owner and family; null when it is unknown, expired, revoked or already used (which revokes its family).</summary>
    public async Task<(string UserId, string FamilyId)?> UseAsync(string raw, CancellationToken cancellationToken)
    {
        var hash = Hash(raw);
        var now = time.GetUtcNow().UtcDateTime;
        var used = await Tokens
            .Where(t => t.TokenHash == hash && t.UsedUtc == null && t.RevokedUtc == null && t.ExpiresUtc > now)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedUtc, now), cancellationToken);
        var token = await Tokens.AsNoTracking().Where(t => t.TokenHash == hash).Select(t => new { t.UserId, t.FamilyId, t.UsedUtc }).FirstOrDefaultAsync(cancellationToken);
        if (token is null)
        {
            return null;
        }

        if (used == 1)
        {
            return (token.UserId, token.FamilyId);
        }

        if (token.UsedUtc is not null)
        {
            // A used token came back: whoever holds the newer one may be a thief, so nobody keeps the family.
            await RevokeFamilyAsync(token.FamilyId, cancellationToken);
        }

        return null;
    }

    /// <summary>Sign-out: the token's whole family stops working. Nothing happens for an unknown token.</summary>
    public async Task RevokeAsync(string raw, CancellationToken cancellationToken)
    {
        var hash = Hash(raw);
        var family = await Tokens.AsNoTracking().Where(t => t.TokenHash == hash).Select(t => t.FamilyId).FirstOrDefaultAsync(cancellationToken);
        if (family is not null)
        {
            await RevokeFamilyAsync(family, cancellationToken);
        }
    }

    public async Task RevokeAllAsync(string userId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await Tokens.Where(t => t.UserId == userId && t.RevokedUtc == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedUtc, now), cancellationToken);
    }

    private async Task RevokeFamilyAsync(string familyId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await Tokens.Where(t => t.FamilyId == familyId && t.RevokedUtc == null).ExecuteUpdateAsync(s => s.SetProperty(t => t.RevokedUtc, now), cancellationToken);
    }

    private static string Hash(string raw) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(raw)));
}
