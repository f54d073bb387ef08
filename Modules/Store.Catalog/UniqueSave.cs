using Microsoft.EntityFrameworkCore;
using Store.Core.Data;

namespace Store.Catalog;

/// <summary>
/// Saves a change whose unique slug or SKU was checked before: when another save took the same value
/// between the check and the write, the unique index decides and the loser is told to save again.
/// </summary>
internal static class UniqueSave
{
    public const string Conflict = "Another save took this value at the same moment. Please save again.";

    /// <summary>False when the database refused the change; nothing of it stays tracked.</summary>
    public static async Task<bool> TrySaveAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
