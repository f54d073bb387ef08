using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Privacy;

namespace Store.Orders.Abandoned;

/// <summary>The cart reminders sent to a customer: in their data export, and gone with the account (they hold the address).</summary>
internal sealed class CartReminderPersonalData(StoreDbContext db) : IPersonalData
{
    public string Section => "cartReminders";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken) =>
        await db.Set<CartReminder>().AsNoTracking().Where(r => r.UserId == subject.UserId).OrderBy(r => r.Id)
            .Select(r => new { r.Email, r.SentUtc, r.RecoveredOrderNumber })
            .ToListAsync(cancellationToken);

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        await db.Set<CartReminder>().Where(r => r.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        return Erasure.Done;
    }
}
