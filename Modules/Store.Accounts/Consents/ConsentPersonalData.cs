using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Privacy;

namespace Store.Accounts.Consents;

/// <summary>The account's consents in the data export (every answer, with its wording); erased with the account.</summary>
internal sealed class ConsentPersonalData(StoreDbContext db, ConsentLog consents) : IPersonalData
{
    public string Section => "consents";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var history = await consents.HistoryAsync(subject.UserId, cancellationToken);
        return history.Count == 0 ? null : history.Select(c => new
        {
            purpose = c.Purpose,
            granted = c.Granted,
            wording = c.Wording,
            version = c.Version,
            source = c.Source,
            recordedUtc = c.RecordedUtc,
        }).ToList();
    }

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await db.Set<ConsentRecord>().Where(c => c.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        return Erasure.Done;
    }
}
