using Microsoft.EntityFrameworkCore;
using Store.Core.Data;
using Store.Currencies.Contracts;
using Store.Wishlist.Alerts;

namespace Store.Wishlist.Items;

/// <summary>Builds a wishlist page's entries: today's catalog figures for all of them at once, and the user's alerts.</summary>
internal sealed class WishlistReader(StoreDbContext db, WishlistCatalog catalog, IShopperCurrency shopper)
{
    public async Task<List<WishlistItemView>> ReadAsync(IReadOnlyList<(int Id, WishKey Key)> entries, string? userId, CancellationToken cancellationToken)
    {
        var products = await catalog.FindShownAsync(entries.Select(e => e.Key).ToList(), await shopper.GetAsync(cancellationToken), cancellationToken);
        var alerts = userId is null ? [] : await db.Set<StockAlert>().AsNoTracking().Where(a => a.UserId == userId)
            .Select(a => new { a.ProductId, a.VariantId, a.Kind }).ToListAsync(cancellationToken);
        return entries.Select(e => new WishlistItemView(
            e.Id == 0 ? e.Key.ToString() : e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            products.GetValueOrDefault(e.Key),
            alerts.Any(a => a.ProductId == e.Key.ProductId && a.VariantId == e.Key.VariantId && a.Kind == AlertKind.BackInStock),
            alerts.Any(a => a.ProductId == e.Key.ProductId && a.VariantId == e.Key.VariantId && a.Kind == AlertKind.PriceDrop))).ToList();
    }
}
