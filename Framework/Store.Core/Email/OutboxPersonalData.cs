using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Privacy;

namespace Store.Core.Email;

/// <summary>
/// The emails the shop sent a person are personal data too: the export lists them (subject and dates, not the
/// bodies, which hold one-time links), and erasure deletes them, sent or waiting, with their attachments.
/// </summary>
internal sealed class OutboxPersonalData(StoreDbContext db) : IPersonalData
{
    public string Section => "emails";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var to = subject.Email.ToLowerInvariant();
        return await db.Set<OutboxMessage>().AsNoTracking().Where(m => m.To == to).OrderBy(m => m.Id)
            .Select(m => new { m.Subject, m.CreatedUtc, m.SentUtc })
            .ToListAsync(cancellationToken);
    }

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var to = subject.Email.ToLowerInvariant();
        await db.Set<OutboxAttachment>().Where(a => db.Set<OutboxMessage>().Any(m => m.Id == a.OutboxMessageId && m.To == to)).ExecuteDeleteAsync(cancellationToken);
        await db.Set<OutboxMessage>().Where(m => m.To == to).ExecuteDeleteAsync(cancellationToken);
        return Erasure.Done;
    }
}
