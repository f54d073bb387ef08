using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Privacy;
using Store.Wishlist.Alerts;
using Store.Wishlist.Items;
using Store.Wishlist.Sharing;

namespace Store.Wishlist.Privacy;

/// <summary>
/// A customer's wishlist, share link and stock or price alerts in the data export; all erased with the account. Alerts
/// are stored with the address lower-cased (<see cref="Alerts.AlertSubscriptions"/>), so one equality finds them.
/// </summary>
internal sealed class WishlistPersonalData(StoreDbContext db) : IPersonalData
{
    public string Section => "wishlist";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var items = await db.Set<WishlistItem>().AsNoTracking().Where(i => i.UserId == subject.UserId).OrderBy(i => i.Id)
            .Select(i => new { i.ProductId, i.VariantId, i.AddedUtc }).ToListAsync(cancellationToken);
        var shared = await db.Set<WishlistShare>().AsNoTracking().AnyAsync(s => s.UserId == subject.UserId, cancellationToken);
        var email = subject.Email.ToLowerInvariant();
        var alerts = await db.Set<StockAlert>().AsNoTracking().Where(a => a.UserId == subject.UserId || a.Email == email).OrderBy(a => a.Id)
            .Select(a => new { a.Email, a.ProductId, a.VariantId, kind = a.Kind.ToString(), a.CreatedUtc, a.NotifiedUtc }).ToListAsync(cancellationToken);
        return items.Count == 0 && alerts.Count == 0 && !shared ? null : new { items, shared, alerts };
    }

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        var email = subject.Email.ToLowerInvariant();
        await db.Set<WishlistItem>().Where(i => i.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<WishlistShare>().Where(s => s.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        await db.Set<StockAlert>().Where(a => a.UserId == subject.UserId || a.Email == email).ExecuteDeleteAsync(cancellationToken);
        return Erasure.Done;
    }
}
