using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Core.Privacy;

namespace Store.Cart.Carts;

/// <summary>A signed-in shopper's cart is theirs: in the data export as it stands, and gone with the account.</summary>
internal sealed class CartPersonalData(StoreDbContext db) : IPersonalData
{
    public string Section => "cart";

    public async Task<object?> ExportAsync(PersonalDataSubject subject, CancellationToken cancellationToken) =>
        await db.Set<Cart>().AsNoTracking().Where(c => c.UserId == subject.UserId)
            .Select(c => new { c.CreatedUtc, c.UpdatedUtc, Lines = c.Lines.Select(l => new { l.NameSeen, l.Quantity }).ToList() })
            .FirstOrDefaultAsync(cancellationToken);

    public async Task<Erasure> EraseAsync(PersonalDataSubject subject, CancellationToken cancellationToken)
    {
        // Lines go with their cart (cascade), as they do when the cleanup job deletes anonymous carts.
        await db.Set<Cart>().Where(c => c.UserId == subject.UserId).ExecuteDeleteAsync(cancellationToken);
        return Erasure.Done;
    }
}
