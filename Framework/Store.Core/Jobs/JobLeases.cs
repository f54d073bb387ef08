using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Core.Jobs;

/// <summary>Takes a job's lease with one conditional update (or the first insert): the database decides which node wins.</summary>
public static class JobLeases
{
    public static async Task<bool> TryTakeAsync(StoreDbContext db, string name, string holder, DateTime now, TimeSpan duration, CancellationToken cancellationToken)
    {
        var until = now + duration;
        var taken = await db.Set<JobLease>()
            .Where(l => l.Name == name && (l.LeasedUntilUtc <= now || l.Holder == holder))
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.Holder, holder).SetProperty(l => l.LeasedUntilUtc, until), cancellationToken);
        if (taken == 1)
        {
            return true;
        }

        if (await db.Set<JobLease>().AnyAsync(l => l.Name == name, cancellationToken))
        {
            return false;
        }

        // The first run ever: two nodes may insert at once, the primary key keeps one.
        db.Set<JobLease>().Add(new JobLease { Name = name, Holder = holder, LeasedUntilUtc = until });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            return false;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }
}
