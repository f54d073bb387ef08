using Microsoft.EntityFrameworkCore;
using Store.Catalog.Variants;
using Store.Core.Data;
using Store.Currencies.Contracts;

namespace Store.Catalog.PriceLists;

/// <summary>Reads price list entries for the pages and contracts that show or charge a variant's price (README, "Price lists").</summary>
internal static class FixedPrices
{
    /// <summary>Each listed variant's fixed prices in every currency; variants without any are left out.</summary>
    public static async Task<Dictionary<int, IReadOnlyList<FixedPrice>>> OfVariantsAsync(StoreDbContext db, IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken)
    {
        if (variantIds.Count == 0)
        {
            return [];
        }

        var ids = variantIds.Distinct().ToList();
        var rows = await db.Set<PriceListEntry>().AsNoTracking().Where(e => ids.Contains(e.VariantId)).ToListAsync(cancellationToken);
        return rows.GroupBy(e => e.VariantId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FixedPrice>)g.OrderBy(e => e.Currency).Select(e => new FixedPrice(e.Currency, e.Price, e.CompareAtPrice)).ToList());
    }

    /// <summary>
    /// For those of <paramref name="productIds"/> (all products when null) with a price fixed in <paramref name="money"/>'s
    /// currency: their variants as shown in it (fixed, else converted), cheapest first. One query when none has one.
    /// </summary>
    public static async Task<Dictionary<int, List<ShownVariant>>> ShownAsync(StoreDbContext db, ShopperMoney money, IReadOnlyCollection<int>? productIds, CancellationToken cancellationToken)
    {
        if (!money.Converts || productIds is { Count: 0 })
        {
            return [];
        }

        var currency = money.Currency;
        var variants = db.Set<ProductVariant>().AsNoTracking();
        var fixedIn = await db.Set<PriceListEntry>().AsNoTracking().Where(e => e.Currency == currency)
            .Join(variants, e => e.VariantId, v => v.Id, (e, v) => v.ProductId)
            .Where(id => productIds == null || productIds.Contains(id))
            .Distinct().ToListAsync(cancellationToken);
        if (fixedIn.Count == 0)
        {
            return [];
        }

        var rows = await variants.Where(v => fixedIn.Contains(v.ProductId))
            .Select(v => new
            {
                v.ProductId,
                v.Position,
                v.Price,
                v.CompareAtPrice,
                Fixed = db.Set<PriceListEntry>().Where(e => e.VariantId == v.Id && e.Currency == currency).Select(e => new { e.Price, e.CompareAtPrice }).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.ProductId).ToDictionary(g => g.Key, g => g
            .Select(r =>
            {
                IReadOnlyList<FixedPrice>? entry = r.Fixed is null ? null : [new FixedPrice(currency, r.Fixed.Price, r.Fixed.CompareAtPrice)];
                return new ShownVariant(money.Price(r.Price, entry), money.CompareAt(r.CompareAtPrice, entry), r.Position);
            })
            .OrderBy(v => v.Price).ThenBy(v => v.Position).ToList());
    }
}

/// <summary>A variant's price and compare-at price in the shopper's currency.</summary>
internal sealed record ShownVariant(long Price, long? CompareAtPrice, int Position);
