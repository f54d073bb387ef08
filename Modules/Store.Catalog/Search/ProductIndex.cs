using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Store.Catalog.Attributes;
using Store.Catalog.Contracts;
using Store.Catalog.Products;
using Store.Catalog.Translations;
using Store.Catalog.Variants;
using Store.Core.Data;

namespace Store.Catalog.Search;

/// <summary>
/// This node's <see cref="IndexedCatalog"/>, kept in step with the database: each list request first
/// reads the <see cref="CatalogChange"/> rows after the last one applied (an indexed range that is
/// usually empty) and reloads just those products. So every node, not only the one that made a change,
/// sees it at its next list request, and the list never scans the products table. Applying a change also
/// drops this node's cached catalog pages (only the product's own pages when just its stock moved, see
/// <see cref="CatalogChange.StockOnly"/>); <see cref="ProductIndexUpkeep"/> polls every few seconds so a
/// node serving only cached pages still learns of changes.
/// </summary>
/// <remarks>
/// PostgreSQL hands out ids before commit, so a lower id can become visible after a higher one: ids
/// skipped over are kept as gaps and asked for again for a minute (a rolled-back change never shows up).
/// A node idle for longer than changes are kept (a day) rebuilds from scratch.
/// </remarks>
public sealed partial class ProductIndex(TimeProvider time, CatalogCache cache, IProductRatings ratings, ILogger<ProductIndex> logger) : IDisposable
{
    internal static readonly TimeSpan ChangeRetention = TimeSpan.FromDays(1);
    private static readonly TimeSpan GapLifetime = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan IdleRebuild = ChangeRetention / 2;
    private const int GapWindow = 200;
    private const int MaxGaps = 1_000;
    private const int BulkChange = 2_000;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private volatile State? _state;
    private long _checkedTicks;

    internal async Task<IndexedCatalog> CurrentAsync(StoreDbContext db, ISalePrices sales, CancellationToken cancellationToken)
    {
        var state = _state;
        var now = time.GetUtcNow().UtcDateTime;
        if (state is null || now.Ticks - Interlocked.Read(ref _checkedTicks) > IdleRebuild.Ticks)
        {
            return await RebuildAsync(db, sales, state, cancellationToken);
        }

        var gaps = state.Gaps.Keys.ToList();
        var changes = await db.Set<CatalogChange>().AsNoTracking()
            .Where(c => c.Id > state.LastChangeId || gaps.Contains(c.Id))
            .Select(c => new Change(c.Id, c.ProductId, c.StockOnly))
            .ToListAsync(cancellationToken);
        Interlocked.Exchange(ref _checkedTicks, now.Ticks);
        if (changes.Count == 0 && state.Gaps.Values.All(seen => now - seen <= GapLifetime))
        {
            return state.Catalog;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another request may have applied some of these while this one waited.
            var current = _state!;
            changes = changes.Where(c => c.Id > current.LastChangeId || current.Gaps.ContainsKey(c.Id)).ToList();
            var productIds = changes.Select(c => c.ProductId).Where(id => id > CatalogChange.Structure).ToHashSet();
            var catalog = productIds.Count switch
            {
                // A bulk import or a promotion's new prices: reading everything is cheaper than merging
                // thousands of products one by one.
                _ when changes.Any(c => c.ProductId == CatalogChange.SalePrices) || productIds.Count > BulkChange =>
                    new IndexedCatalog([.. (await LoadAsync(db, sales, productIds: null, cancellationToken)).Values.OrderBy(p => p.Id)]),
                0 => current.Catalog,
                _ => current.Catalog.With(productIds, await LoadAsync(db, sales, productIds, cancellationToken)),
            };
            var seen = changes.Select(c => c.Id).ToHashSet();
            var lastChangeId = changes.Count == 0 ? current.LastChangeId : Math.Max(current.LastChangeId, seen.Max());
            var stillMissing = current.Gaps.Where(g => !seen.Contains(g.Key) && now - g.Value <= GapLifetime)
                .Concat(Missing(seen, current.LastChangeId + 1, lastChangeId, now));
            _state = new State(catalog, lastChangeId, stillMissing.OrderByDescending(g => g.Key).Take(MaxGaps).ToDictionary());

            // Whichever node made the change, this node's cached pages and definitions may show the old
            // catalog: they go too (the node that made it already dropped its own).
            if (changes.Count > 0 && changes.All(c => c.StockOnly))
            {
                await cache.StockMovedAsync(productIds, availabilityChanged: false, cancellationToken);
            }
            else if (changes.Count > 0)
            {
                await cache.ChangedAsync(cancellationToken);
            }

            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private async Task<IndexedCatalog> RebuildAsync(StoreDbContext db, ISalePrices sales, State? seen, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_state is { } built && !ReferenceEquals(built, seen))
            {
                return built.Catalog;
            }

            var watch = Stopwatch.StartNew();
            var now = time.GetUtcNow().UtcDateTime;

            // The newest change ids first: changes after them are applied later, products read below are
            // at least as new as them, and holes among them may be changes still being committed.
            var recent = await db.Set<CatalogChange>().AsNoTracking().OrderByDescending(c => c.Id).Select(c => c.Id).Take(GapWindow).ToListAsync(cancellationToken);
            var lastChangeId = recent.Count == 0 ? 0 : recent[0];
            var gaps = recent.Count == 0 ? [] : Missing(recent.ToHashSet(), recent[^1], lastChangeId, now).ToDictionary();
            var products = await LoadAsync(db, sales, productIds: null, cancellationToken);
            var catalog = new IndexedCatalog([.. products.Values.OrderBy(p => p.Id)]);
            _state = new State(catalog, lastChangeId, gaps);
            Interlocked.Exchange(ref _checkedTicks, now.Ticks);
            LogBuilt(logger, catalog.Count, watch.ElapsedMilliseconds);
            return catalog;
        }
        finally
        {
            _gate.Release();
        }
    }

    private static IEnumerable<KeyValuePair<long, DateTime>> Missing(HashSet<long> seen, long from, long to, DateTime now)
    {
        for (var id = from; id < to; id++)
        {
            if (!seen.Contains(id))
            {
                yield return new(id, now);
            }
        }
    }

    /// <summary>The published products among <paramref name="productIds"/> (all of them when null), by id.</summary>
    private async Task<Dictionary<int, IndexedProduct>> LoadAsync(StoreDbContext db, ISalePrices sales, IReadOnlySet<int>? productIds, CancellationToken cancellationToken)
    {
        var published = db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Published);
        var categoryRows = db.Set<ProductCategory>().AsNoTracking();
        var valueRows = db.Set<ProductAttributeValue>().AsNoTracking();
        var variantRows = db.Set<ProductVariant>().AsNoTracking();
        var optionRows = db.Set<ProductOption>().AsNoTracking();
        var translationRows = db.Set<ContentTranslation>().AsNoTracking().Where(t => t.Kind == ContentKind.Product);
        if (productIds is not null)
        {
            // Each table filtered by the id list itself: a join through the products query would make
            // SQLite walk the list once per row.
            var ids = productIds.ToList();
            published = published.Where(p => ids.Contains(p.Id));
            categoryRows = categoryRows.Where(c => ids.Contains(c.ProductId));
            valueRows = valueRows.Where(v => ids.Contains(v.ProductId));
            variantRows = variantRows.Where(v => ids.Contains(v.ProductId));
            optionRows = optionRows.Where(o => ids.Contains(o.ProductId));
            translationRows = translationRows.Where(t => ids.Contains(t.EntityId));
        }

        // Rows of drafts come along when everything is read; only published products' rows are used.
        var rows = await published.Select(p => new { p.Id, p.SearchName, p.CreatedUtc, p.DescriptionMarkdown }).ToListAsync(cancellationToken);
        var variants = (await variantRows.Select(v => new { v.ProductId, v.Price, v.Stock, v.Option1, v.Option2, v.Option3 }).ToListAsync(cancellationToken))
            .ToLookup(v => v.ProductId);
        var options = (await optionRows.Select(o => new { o.ProductId, o.Position, o.Name }).ToListAsync(cancellationToken))
            .ToLookup(o => o.ProductId, o => (o.Position, Id: OptionFilterIds.AnyOf(Slugs.From(o.Name), o.Name)));
        var translations = (await translationRows.Select(t => new { t.EntityId, t.Culture, t.Name, t.Description }).ToListAsync(cancellationToken))
            .ToLookup(t => t.EntityId);
        var categories = (await categoryRows.Select(c => new { c.ProductId, c.CategoryId }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ProductId, c => c.CategoryId);

        // One string per distinct value, not per row: 100,000 products share a handful of colours.
        var interned = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string value) => interned.TryGetValue(value, out var same) ? same : interned[value] = value;
        var values = (await valueRows.Select(v => new { v.ProductId, v.AttributeId, v.Value }).ToListAsync(cancellationToken))
            .ToLookup(v => v.ProductId, v => (v.AttributeId, Intern(v.Value)));

        // Each option value a variant has, and again under the option's in-stock id when that variant is in stock.
        IEnumerable<(int, string)> OptionValues(int productId) =>
            from option in options[productId]
            from variant in variants[productId]
            let value = option.Position switch { 0 => variant.Option1, 1 => variant.Option2, _ => variant.Option3 }
            where value is not null
            from id in variant.Stock > 0 ? new[] { option.Id, option.Id - 1 } : [option.Id]
            select (id, Intern(value));

        // One percentage per product, so the cheapest variant stays the cheapest after it.
        var off = await sales.PercentOffAsync(rows.Select(r => r.Id).ToList(), cancellationToken);
        long LowestPrice(int productId)
        {
            var lowest = variants[productId].Select(v => v.Price).DefaultIfEmpty(0).Min();
            return off.TryGetValue(productId, out var percent) ? ISalePrices.Price(lowest, percent) : lowest;
        }

        var rated = await ratings.ReadAsync(db, productIds, cancellationToken);
        return rows.ToDictionary(
            r => r.Id,
            r => new IndexedProduct(
                r.Id, r.SearchName, LowestPrice(r.Id), variants[r.Id].Sum(v => v.Stock), r.CreatedUtc,
                [.. categories[r.Id].Order()],
                [.. values[r.Id].Concat(OptionValues(r.Id)).Distinct().OrderBy(v => v.Item1).ThenBy(v => v.Item2, StringComparer.Ordinal)],
                Intern(SearchWords(r.DescriptionMarkdown, translations[r.Id].Select(t => (t.Name, t.Description)))),
                rated.GetValueOrDefault(r.Id)?.Count ?? 0,
                rated.GetValueOrDefault(r.Id)?.Hundredths ?? 0,
                [.. translations[r.Id].Where(t => !string.IsNullOrWhiteSpace(t.Name)).OrderBy(t => t.Culture, StringComparer.Ordinal).Select(t => (Intern(t.Culture), t.Name!))]));
    }

    // The description's words, then each translation's name and description words: a shopper's word in any of the
    // shop's languages finds the product (ranked as a description match, below products that name it by default).
    private static string SearchWords(string descriptionMarkdown, IEnumerable<(string? Name, string? Description)> translations)
    {
        // Each part is " word word ": joined on one space.
        var words = SearchText.DescriptionWords(descriptionMarkdown);
        foreach (var part in translations.SelectMany(t => new[] { SearchText.DescriptionWords(t.Name), SearchText.DescriptionWords(t.Description) }))
        {
            words = part.Length == 0 ? words : words.Length == 0 ? part : words[..^1] + part;
        }

        return words;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Product index built: {Count} published products in {Milliseconds} ms.")]
    private static partial void LogBuilt(ILogger logger, int count, long milliseconds);

    private sealed record Change(long Id, int ProductId, bool StockOnly);

    private sealed record State(IndexedCatalog Catalog, long LastChangeId, IReadOnlyDictionary<long, DateTime> Gaps);
}
