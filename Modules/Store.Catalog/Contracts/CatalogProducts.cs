using Microsoft.EntityFrameworkCore;
using Store.Catalog.Media;
using Store.Catalog.PriceLists;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Translations;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Contracts;

internal sealed class CatalogProducts(StoreDbContext db, CatalogCache cache, TimeProvider time, ContentCultures cultures) : ICatalogProducts
{
    public async Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsAsync(IReadOnlyCollection<int> variantIds, CancellationToken cancellationToken)
    {
        var ids = variantIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await SnapshotsAsync(db.Set<ProductVariant>().Where(v => ids.Contains(v.Id)), cancellationToken);
    }

    public Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedProductVariantsAsync(int productId, CancellationToken cancellationToken) =>
        SnapshotsAsync(db.Set<ProductVariant>().Where(v => v.ProductId == productId), cancellationToken);

    public async Task<IReadOnlyList<CatalogVariantSnapshot>> GetPublishedVariantsOfProductsAsync(IReadOnlyCollection<int> productIds, CancellationToken cancellationToken)
    {
        var ids = productIds.Distinct().ToList();
        return ids.Count == 0 ? [] : await SnapshotsAsync(db.Set<ProductVariant>().Where(v => ids.Contains(v.ProductId)), cancellationToken);
    }

    public async Task<bool> TryReserveAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken)
    {
        var merged = Merge(lines);
        if (merged.Any(l => l.Quantity <= 0))
        {
            throw new ArgumentException("Quantities must be positive.", nameof(lines));
        }

        // One conditional UPDATE per line, in variant-id order (two orders never wait on each other in a
        // circle), all or nothing: a transaction of our own unless the caller already has one.
        StockMove? moved = null;
        var reserved = await db.InTransactionAsync(async () =>
        {
            foreach (var line in merged)
            {
                var updated = await db.Set<ProductVariant>()
                    .Where(v => v.Id == line.VariantId && v.Stock >= line.Quantity
                        && db.Set<Product>().Any(p => p.Id == v.ProductId && p.Status == ProductStatus.Published))
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock - line.Quantity), cancellationToken);
                if (updated == 0)
                {
                    return false;
                }
            }

            // A variant left at 0 has just sold out.
            moved = await MovedAsync(merged, (line, stock) => stock == 0, cancellationToken);
            return true;
        }, cancellationToken);
        if (!reserved)
        {
            return false;
        }

        await cache.StockMovedAsync(moved!.ProductIds, moved.AvailabilityChanged, cancellationToken);
        return true;
    }

    public async Task ReleaseAsync(IReadOnlyList<StockLine> lines, CancellationToken cancellationToken)
    {
        var merged = Merge(lines).Where(l => l.Quantity > 0).ToList();
        StockMove? moved = null;
        await db.InTransactionAsync(async () =>
        {
            foreach (var line in merged)
            {
                await db.Set<ProductVariant>().Where(v => v.Id == line.VariantId)
                    .ExecuteUpdateAsync(s => s.SetProperty(v => v.Stock, v => v.Stock + line.Quantity), cancellationToken);
            }

            // A variant holding exactly what came back was sold out a moment ago.
            moved = await MovedAsync(merged, (line, stock) => stock == line.Quantity, cancellationToken);
            return true;
        }, cancellationToken);

        await cache.StockMovedAsync(moved!.ProductIds, moved.AvailabilityChanged, cancellationToken);
    }

    public async Task<IReadOnlyList<LowStockVariant>> GetLowStockAsync(int threshold, int take, CancellationToken cancellationToken) =>
        await db.Set<ProductVariant>().AsNoTracking().Where(v => v.Stock <= threshold)
            .Join(db.Set<Product>().Where(p => p.Status == ProductStatus.Published), v => v.ProductId, p => p.Id, (v, p) => new { v.Id, v.ProductId, p.Name, v.Sku, v.Stock })
            .OrderBy(v => v.Stock).ThenBy(v => v.Id).Take(take)
            .Select(v => new LowStockVariant(v.ProductId, v.Id, v.Name, v.Sku, v.Stock))
            .ToListAsync(cancellationToken);

    private async Task<IReadOnlyList<CatalogVariantSnapshot>> SnapshotsAsync(IQueryable<ProductVariant> variants, CancellationToken cancellationToken)
    {
        var rows = await variants.AsNoTracking()
            .Join(db.Set<Product>().Where(p => p.Status == ProductStatus.Published), v => v.ProductId, p => p.Id, (v, p) => new
            {
                Variant = v,
                p.Name,
                p.Slug,
                ProductTaxCategory = p.TaxCategory,
                FirstImage = p.Images.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefault(),
            })
            .OrderBy(r => r.Variant.ProductId).ThenBy(r => r.Variant.Position).ThenBy(r => r.Variant.Id)
            .ToListAsync(cancellationToken);
        var productIds = rows.Select(r => r.Variant.ProductId).Distinct().ToList();
        var options = (await db.Set<ProductOption>().AsNoTracking().Where(o => productIds.Contains(o.ProductId)).ToListAsync(cancellationToken))
            .ToLookup(o => o.ProductId);
        var fixedPrices = await FixedPrices.OfVariantsAsync(db, rows.Select(r => r.Variant.Id).ToList(), cancellationToken);
        // The options as the shopper's culture reads them (the cart's lines); orders copy the default culture's.
        var translations = await OptionTranslations.LoadAsync(db, cultures.Current, options.SelectMany(g => g).Select(o => o.Id), cancellationToken);
        var names = await ProductNamesAsync(cultures.Current, productIds, cancellationToken);
        return rows.Select(r =>
        {
            var productOptions = options[r.Variant.ProductId].OrderBy(o => o.Position).ToList();
            var image = r.Variant.ImageKey ?? r.FirstImage;
            return new CatalogVariantSnapshot(
                r.Variant.ProductId, r.Variant.Id, r.Name, r.Slug,
                productOptions.Zip(r.Variant.OptionValues(), (option, value) => new VariantOptionValue(option.Name, value)).ToList(),
                r.Variant.Sku, r.Variant.Price, r.Variant.CompareAtPrice, r.Variant.Stock,
                image is null ? null : MediaUrls.Of(image, MediaVariant.Thumb),
                r.Variant.TaxCategory ?? r.ProductTaxCategory, r.Variant.WeightGrams)
            {
                FixedPrices = fixedPrices.GetValueOrDefault(r.Variant.Id) ?? [],
                ShownProductName = names.GetValueOrDefault(r.Variant.ProductId) ?? r.Name,
                ShownOptions = productOptions.Zip(r.Variant.OptionValues(), (option, value) => new VariantOptionValue(translations.Name(option.Id, option.Name), translations.Value(option.Id, value))).ToList(),
            };
        }).ToList();
    }

    /// <summary>The products' translated names in <paramref name="culture"/> (none for the default culture, no read).</summary>
    private async Task<Dictionary<int, string>> ProductNamesAsync(string? culture, List<int> productIds, CancellationToken cancellationToken)
    {
        if (culture is null || productIds.Count == 0)
        {
            return [];
        }

        var rows = await db.Set<ContentTranslation>().AsNoTracking()
            .Where(t => t.Kind == ContentKind.Product && t.Culture == culture && productIds.Contains(t.EntityId) && t.Name != null)
            .Select(t => new { t.EntityId, t.Name })
            .ToListAsync(cancellationToken);
        return rows.Where(r => !string.IsNullOrWhiteSpace(r.Name)).ToDictionary(r => r.EntityId, r => r.Name!);
    }

    // Inside the stock transaction, after the updates: which products moved, and whether a variant went in or
    // out of stock (read back from the rows this transaction wrote, so two orders racing each see their own
    // flip). Recorded for the index and the other nodes (CatalogChanges); a move that flips nothing keeps
    // every list cached.
    private async Task<StockMove> MovedAsync(List<StockLine> lines, Func<StockLine, int, bool> flipped, CancellationToken cancellationToken)
    {
        var ids = lines.Select(l => l.VariantId).ToList();
        var rows = await db.Set<ProductVariant>().Where(v => ids.Contains(v.Id)).Select(v => new { v.Id, v.ProductId, v.Stock }).ToListAsync(cancellationToken);
        var stocks = rows.ToDictionary(r => r.Id, r => r.Stock);
        var move = new StockMove(
            rows.Select(r => r.ProductId).Distinct().ToList(),
            lines.Any(l => stocks.TryGetValue(l.VariantId, out var stock) && flipped(l, stock)));
        await CatalogChanges.RecordAsync(db, move.ProductIds, time.GetUtcNow().UtcDateTime, stockOnly: !move.AvailabilityChanged, cancellationToken);
        return move;
    }

    private sealed record StockMove(IReadOnlyList<int> ProductIds, bool AvailabilityChanged);

    private static List<StockLine> Merge(IReadOnlyList<StockLine> lines) =>
        lines.GroupBy(l => l.VariantId).Select(g => new StockLine(g.Key, g.Sum(l => l.Quantity))).OrderBy(l => l.VariantId).ToList();

    public async Task<IReadOnlyList<PublishedProduct>> GetPublishedAsync(IReadOnlyCollection<string> slugs, IReadOnlyCollection<int> ids, CancellationToken cancellationToken)
    {
        var (bySlug, byId) = (slugs.Distinct().ToList(), ids.Distinct().ToList());
        return bySlug.Count + byId.Count == 0
            ? []
            : await db.Set<Product>().AsNoTracking()
                .Where(p => p.Status == ProductStatus.Published && (bySlug.Contains(p.Slug) || byId.Contains(p.Id)))
                .Select(p => new PublishedProduct(p.Id, p.Name, p.Slug))
                .ToListAsync(cancellationToken);
    }
}
