using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Store.Core.Data;
using Store.Core.Liquid;

namespace Store.Accounts.Consents;

/// <summary>Records consents as the visitor saw them (translated wording) and reads the ones that count now.</summary>
public sealed class ConsentLog(StoreDbContext db, TimeProvider time, IStringLocalizerFactory localizers)
{
    public async Task<ConsentRecord> RecordAsync(ConsentPurpose purpose, bool granted, string source, string? userId, string? visitorId, CancellationToken cancellationToken)
    {
        // The page's `t` filter reads the same localizer, so the record holds the words the visitor read.
        var wording = localizers.Create(typeof(LiquidRenderer))[purpose.Wording].Value;
        var record = new ConsentRecord
        {
            UserId = userId,
            VisitorId = visitorId,
            Purpose = purpose.Key,
            Granted = granted,
            Wording = wording.Length > ConsentRecord.WordingMaxLength ? wording[..ConsentRecord.WordingMaxLength] : wording,
            Version = purpose.Version,
            Source = source,
            RecordedUtc = time.GetUtcNow().UtcDateTime,
        };
        db.Add(record);
        await db.SaveChangesAsync(cancellationToken);
        return record;
    }

    /// <summary>Whether the account's latest answer for <paramref name="purpose"/> is yes.</summary>
    public async Task<bool> GrantedAsync(string userId, ConsentPurpose purpose, CancellationToken cancellationToken) =>
        await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.UserId == userId && c.Purpose == purpose.Key)
            .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(cancellationToken) ?? false;

    /// <summary>
    /// The visitor id that stands for a guest known only by an email address (checkout, an unsubscribe link): a hash
    /// of the address, so the consent log holds no address in clear and every answer for it is found again.
    /// </summary>
    public static string VisitorOfEmail(string email) =>
        "e:" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(email.Trim().ToLowerInvariant())))[..38];

    /// <summary>Whether the latest answer for <paramref name="purpose"/> given under a guest's email address is yes.</summary>
    public async Task<bool> GrantedToEmailAsync(string email, ConsentPurpose purpose, CancellationToken cancellationToken)
    {
        var visitor = VisitorOfEmail(email);
        return await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.UserId == null && c.VisitorId == visitor && c.Purpose == purpose.Key)
            .OrderByDescending(c => c.Id).Select(c => (bool?)c.Granted).FirstOrDefaultAsync(cancellationToken) ?? false;
    }

    /// <summary>Every answer the account gave, newest first (the export and the admin's user page).</summary>
    public async Task<IReadOnlyList<ConsentRecord>> HistoryAsync(string userId, CancellationToken cancellationToken) =>
        await db.Set<ConsentRecord>().AsNoTracking().Where(c => c.UserId == userId).OrderByDescending(c => c.Id).ToListAsync(cancellationToken);
}
