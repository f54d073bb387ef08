using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Orders.Abandoned;

/// <summary>What the reminders sent in a period brought back: counts, recovered revenue per currency, the latest reminders.</summary>
internal sealed class AbandonedCartReport(StoreDbContext db)
{
    public async Task<AbandonedCartSummary> ForAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var sent = db.Set<CartReminder>().AsNoTracking().Where(r => r.SentUtc >= fromUtc && r.SentUtc < toUtc);
        var count = await sent.CountAsync(cancellationToken);
        var revenue = await sent.Where(r => r.RecoveredOrderId != null)
            .GroupBy(r => r.Currency!)
            .Select(g => new RecoveredRevenue(g.Key, g.Count(), g.Sum(r => r.RecoveredTotal)))
            .ToListAsync(cancellationToken);
        var latest = await sent.OrderByDescending(r => r.Id).Take(50)
            .Select(r => new ReminderRow(r.SentUtc, r.Email, r.UserId != null, r.RecoveredOrderNumber, r.RecoveredTotal, r.Currency))
            .ToListAsync(cancellationToken);
        return new AbandonedCartSummary(count, revenue.Sum(r => r.Orders), revenue.OrderBy(r => r.Currency, StringComparer.Ordinal).ToList(), latest);
    }
}

internal sealed record AbandonedCartSummary(int Sent, int Recovered, IReadOnlyList<RecoveredRevenue> Revenue, IReadOnlyList<ReminderRow> Latest);

internal sealed record RecoveredRevenue(string Currency, int Orders, long Total);

internal sealed record ReminderRow(DateTime SentUtc, string Email, bool HasAccount, string? RecoveredOrder, long RecoveredTotal, string? Currency);
