using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Orders.Workflow;

/// <summary>
/// Runs work all or nothing whether or not the caller has a transaction open: in a transaction of its own, or
/// inside the caller's behind a savepoint, so a refused step (a lapsed hold whose stock is gone) undoes only
/// itself and the caller's earlier writes (Payments' event row) stay.
/// </summary>
internal static class AllOrNothing
{
    public static async Task<bool> RunAsync(StoreDbContext db, Func<Task<bool>> work, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not { } outer)
        {
            return await db.InTransactionAsync(work, cancellationToken);
        }

        var savepoint = "orders_" + Guid.NewGuid().ToString("n")[..12];
        await outer.CreateSavepointAsync(savepoint, cancellationToken);
        if (await work())
        {
            return true;
        }

        await outer.RollbackToSavepointAsync(savepoint, cancellationToken);
        db.ChangeTracker.Clear();
        return false;
    }
}
