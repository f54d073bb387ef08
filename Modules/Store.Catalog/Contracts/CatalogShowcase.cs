using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Store.Catalog.Categories;
using Store.Catalog.Media;
using Store.Catalog.PriceHistory;
using Store.Catalog.Products;
using Store.Catalog.Search;
using Store.Catalog.Storefront;
using Store.Catalog.Translations;
using Store.Core.Data;
using Store.Currencies.Contracts;

namespace Store.Catalog.Contracts;

/// <remarks>
/// The sections that scan the catalog (products on sale, category tiles) are kept in <see cref="CatalogCache"/> until
/// the catalog changes: a home page that misses the output cache (another currency, a query string) then costs a few
/// indexed reads. Cards are kept in the base currency and converted per request.
/// </remarks>
internal sealed class CatalogShowcase(StoreDbContext db, PriorPrices prior, IShopperCurrency shopper, ISalePrices sales, CatalogCache cache, ProductIndex index, ContentCultures cultures) : ICatalogShowcase
{
    private const int MaxTake = 48;

    public async Task<IReadOnlyList<ShowcaseProduct>> GetProductsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var wanted = slugs.Take(MaxTake).ToList();
        if (wanted.Count == 0)
        {
            return [];
        }

        var cards = await ShownAsync(await Published().Where(p => wanted.Contains(p.Slug)).Select(ProductCard.Projection).ToListAsync(cancellationToken), cancellationToken);
        return wanted.Select(s => cards.FirstOrDefault(c => c.Slug == s)).OfType<ProductCard>().Select(ToShowcase).ToList();
    }

    public async Task<IReadOnlyList<ShowcaseProduct>> GetNewestAsync(int take, CancellationToken cancellationToken) =>
        await ShowAsync(await Published().OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id).Take(Math.Clamp(take, 0, MaxTake))
            .Select(ProductCard.Projection).ToListAsync(cancellationToken), cancellationToken);

    public async Task<IReadOnlyList<ShowcaseProduct>> GetOnSaleAsync(int take, CancellationToken cancellationToken)
    {
        take = Math.Clamp(take, 0, MaxTake);
        var cards = await cache.KeepAsync("showcase-on-sale-" + take.ToString(CultureInfo.InvariantCulture), () =>
            Published().Where(p => p.Variants.Any(v => v.CompareAtPrice != null && v.CompareAtPrice > v.Price))
                .OrderByDescending(p => p.UpdatedUtc).ThenByDescending(p => p.Id).Take(take)
                .Select(ProductCard.Projection).ToListAsync(cancellationToken));
        return await ShowAsync(cards, cancellationToken);
    }

    public Task<IReadOnlyList<ShowcaseCategory>> GetCategoriesAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken) =>
        // Kept per culture: the tiles carry the category names of the request's culture.
        cache.KeepAsync("showcase-categories-" + CultureInfo.CurrentUICulture.Name + "-" + string.Join('/', slugs), () => TilesAsync(slugs, cancellationToken));

    private async Task<IReadOnlyList<ShowcaseCategory>> TilesAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var tree = await cache.CategoryTreeAsync(db, cancellationToken);
        var chosen = slugs.Count == 0
            ? tree.Roots.ToList()
            : slugs.Select(tree.FindBySlug).OfType<CategoryNode>().ToList();
        chosen = chosen.Take(MaxTake).ToList();
        var below = chosen.ToDictionary(c => c.Id, c => tree.SelfAndDescendants(c.Id));
        var ids = below.Values.SelectMany(i => i).Distinct().ToList();

        // Two queries for all tiles: the newest published product with a picture per category, then those pictures.
        var newest = await db.Set<ProductCategory>().AsNoTracking()
            .Where(pc => ids.Contains(pc.CategoryId)
                && db.Set<Product>().Any(p => p.Id == pc.ProductId && p.Status == ProductStatus.Published && p.Images.Count > 0))
            .GroupBy(pc => pc.CategoryId)
            .Select(g => new { CategoryId = g.Key, ProductId = g.Max(pc => pc.ProductId) })
            .ToDictionaryAsync(r => r.CategoryId, r => r.ProductId, cancellationToken);
        var productIds = newest.Values.Distinct().ToList();
        var pictures = await db.Set<ProductImage>().AsNoTracking().Where(i => productIds.Contains(i.ProductId))
            .GroupBy(i => i.ProductId)
            .Select(g => new { ProductId = g.Key, Key = g.OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).First() })
            .ToDictionaryAsync(r => r.ProductId, r => r.Key, cancellationToken);

        return chosen.Select(c =>
        {
            var product = below[c.Id].Where(newest.ContainsKey).Select(id => newest[id]).DefaultIfEmpty().Max();
            return new ShowcaseCategory(c.Name, c.Slug, pictures.TryGetValue(product, out var key) ? MediaUrls.Of(key, MediaVariant.Card) : null);
        }).ToList();
    }

    public async Task<IReadOnlyList<string>> UnknownProductSlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var known = await db.Set<Product>().AsNoTracking().Where(p => slugs.Contains(p.Slug)).Select(p => p.Slug).ToListAsync(cancellationToken);
        return slugs.Where(s => !known.Contains(s, StringComparer.Ordinal)).ToList();
    }

    public async Task<IReadOnlyList<string>> UnknownCategorySlugsAsync(IReadOnlyList<string> slugs, CancellationToken cancellationToken)
    {
        var tree = await cache.CategoryTreeAsync(db, cancellationToken);
        return slugs.Where(s => tree.FindBySlug(s) is null).ToList();
    }

    public async Task<string?> ProductPictureAsync(string slug, CancellationToken cancellationToken) =>
        await db.Set<ProductImage>().AsNoTracking()
            .Where(i => db.Set<Product>().Any(p => p.Id == i.ProductId && p.Slug == slug))
            .OrderBy(i => i.SortOrder).ThenBy(i => i.Id).Select(i => i.MediaKey).FirstOrDefaultAsync(cancellationToken) is { } key
            ? MediaUrls.Of(key, MediaVariant.Detail)
            : null;

    private IQueryable<Product> Published() => db.Set<Product>().AsNoTracking().Where(p => p.Status == ProductStatus.Published);

    // Prior prices for the discounted cards in one query (PriorPrices); prices in the shopper's currency (ShopperPrices).
    private async Task<IReadOnlyList<ShowcaseProduct>> ShowAsync(IReadOnlyList<ProductCard> cards, CancellationToken cancellationToken) =>
        (await ShownAsync(cards, cancellationToken)).Select(ToShowcase).ToList();

    private async Task<IReadOnlyList<ProductCard>> ShownAsync(IReadOnlyList<ProductCard> cards, CancellationToken cancellationToken)
    {
        if (cultures.Current is { } culture)
        {
            // Translated names from the product index, as lists take them.
            var catalog = await index.CurrentAsync(db, sales, cancellationToken);
            cards = [.. cards.Select(c => catalog.NameIn(c.Id, culture) is { } name ? c with { Name = name } : c)];
        }

        var prices = new ShopperPrices(await shopper.GetAsync(cancellationToken), db, sales);
        return prices.PriorLows(await prior.ApplyAsync(await prices.CardsAsync(cards, cancellationToken), cancellationToken));
    }

    private static ShowcaseProduct ToShowcase(ProductCard c) =>
        new(c.Name, c.Slug, c.ImageUrl, c.ImageAlt, c.Price, c.PriceVaries, c.CompareAtPrice, c.InStock) { PriorLowPrice = c.PriorLowPrice, ProductId = c.Id };
}
