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
}
