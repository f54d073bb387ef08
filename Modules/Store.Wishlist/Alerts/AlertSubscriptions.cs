using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Currencies.Contracts;
using Store.Wishlist.Items;

namespace Store.Wishlist.Alerts;

/// <summary>
/// Asking for and stopping alerts. An alert starts from what the shopper sees now (in stock or not, today's price),
/// so only a later change is news; asking twice keeps one alert (a unique index).
/// </summary>
internal sealed class AlertSubscriptions(StoreDbContext db, WishlistCatalog catalog, IShopperCurrency shopper, TimeProvider time)
{
    /// <summary>False when the product is no longer for sale.</summary>
    public async Task<bool> SubscribeAsync(string email, string? userId, WishKey key, AlertKind kind, CancellationToken cancellationToken)
    {
        if ((await catalog.FindAsync([key], cancellationToken)).GetValueOrDefault(key) is not { } product)
        {
            return false;
        }

        var mailbox = email.Trim().ToLowerInvariant();
        if (await db.Set<StockAlert>().AnyAsync(a => a.Email == mailbox && a.ProductId == key.ProductId && a.VariantId == key.VariantId && a.Kind == kind, cancellationToken))
        {
            return true;
        }

        var money = await shopper.GetAsync(cancellationToken);
        db.Set<StockAlert>().Add(new StockAlert
        {
            Email = mailbox,
            UserId = userId,
            ProductId = key.ProductId,
            VariantId = key.VariantId,
            Kind = kind,
            InStockSeen = product.InStock,
            PriceSeen = product.Price,
            Culture = CultureInfo.CurrentUICulture.Name.Length is > 0 and <= 16 ? CultureInfo.CurrentUICulture.Name : "en",
            Currency = money.Converts ? money.Currency : null,
            CreatedUtc = time.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // asked twice at once: the unique index kept one
        }

        return true;
    }

    public async Task<bool> StopAsync(string userId, WishKey key, AlertKind kind, CancellationToken cancellationToken) =>
        await db.Set<StockAlert>().Where(a => a.UserId == userId && a.ProductId == key.ProductId && a.VariantId == key.VariantId && a.Kind == kind)
            .ExecuteDeleteAsync(cancellationToken) > 0;

    public Task<StockAlert?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Set<StockAlert>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);

    public async Task UnsubscribeAsync(int id, CancellationToken cancellationToken) =>
        await db.Set<StockAlert>().Where(a => a.Id == id).ExecuteDeleteAsync(cancellationToken);
}
