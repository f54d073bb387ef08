using Microsoft.EntityFrameworkCore;

namespace Store.Core.Data;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> all or nothing: in a transaction of its own, committed when the work
    /// returns true and rolled back when it returns false or throws. Inside a caller's transaction the
    /// work joins it and the caller decides (a false result then means the caller must roll back).
    /// </summary>
    public static async Task<bool> InTransactionAsync(this DbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await work();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await work())
        {
            await transaction.RollbackAsync(cancellationToken);
            return false;
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>
    /// Runs <paramref name="work"/> all or nothing whether or not the caller has a transaction open: in a
    /// transaction of its own, or inside the caller's behind a savepoint, so a refused step undoes only itself
    /// and the caller's earlier writes (a webhook's event row) stay. False when the work refused.
    /// </summary>
    public static async Task<bool> AllOrNothingAsync(this DbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not { } outer)
        {
            return await db.InTransactionAsync(work, cancellationToken);
        }

        var savepoint = "sp_" + Guid.NewGuid().ToString("n")[..12];
        await outer.CreateSavepointAsync(savepoint, cancellationToken);
        try
        {
            if (await work())
            {
                return true;
            }
        }
        catch
        {
            await outer.RollbackToSavepointAsync(savepoint, CancellationToken.None);
            db.ChangeTracker.Clear();
            throw;
        }

        await outer.RollbackToSavepointAsync(savepoint, cancellationToken);
        // Entities the refused work added or changed must not be saved by the caller's next SaveChanges.
        db.ChangeTracker.Clear();
        return false;
    }
}
