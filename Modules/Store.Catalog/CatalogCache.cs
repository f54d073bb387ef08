using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Store.Catalog.Categories;
using Store.Catalog.Translations;
using Store.Core.Caching;
using Store.Core.Data;

namespace Store.Catalog;

/// <summary>
/// Catalog pages are served from the output cache to anonymous shoppers, and small catalog-wide lookups
/// (the attribute definitions) are kept in memory. Every change to products, categories or attributes
/// drops both, except stock that moves without anything going in or out of stock (<see cref="StockMovedAsync"/>). Both caches are per process: the node that makes a change drops its own at once, and the
/// others when their <see cref="Search.ProductIndex"/> applies the change (next list request or 2 s poll).
/// </summary>
public sealed class CatalogCache(IOutputCacheStore store, ContentCultures cultures) : IDisposable
{
    public const string Tag = "catalog";
    public const string Policy = "Catalog";
    private static readonly TimeSpan KeptLifetime = TimeSpan.FromMinutes(2);

    private readonly KeptValues _kept = new(KeptLifetime, 100);

    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        _kept.Clear();
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>
    /// Stock moved for these products. Lists, cards and filters only show whether something is in stock, so
    /// unless a variant went in or out of stock only the products' own pages ("Only 3 left") are dropped:
    /// with orders flowing, every other catalog page stays cached.
    /// </summary>
    public async Task StockMovedAsync(IEnumerable<int> productIds, bool availabilityChanged, CancellationToken cancellationToken = default)
    {
        if (availabilityChanged)
        {
            await ChangedAsync(cancellationToken);
            return;
        }

        foreach (var id in productIds)
        {
            await store.EvictByTagAsync(ProductTag(id), cancellationToken);
        }
    }

    /// <summary>The tag of the cached pages that show one product's stock (<see cref="TagProductPage"/>).</summary>
    public static string ProductTag(int productId) => "product:" + productId.ToString(CultureInfo.InvariantCulture);

    /// <summary>Marks the page being rendered as showing <paramref name="productId"/>'s stock, when it is going to the output cache.</summary>
    public static void TagProductPage(HttpContext http, int productId) =>
        http.Features.Get<IOutputCacheFeature>()?.Context.Tags.Add(ProductTag(productId));

    /// <summary>
    /// The category tree as shoppers see it, kept until the catalog changes: every list, product and home page needs it.
    /// Admin pages and the API read it fresh (they edit it). Names and descriptions are in the request's culture
    /// where translated (one tree kept per culture).
    /// </summary>
    public async Task<CategoryTree> CategoryTreeAsync(StoreDbContext db, CancellationToken cancellationToken)
    {
        var tree = await KeepAsync("category-tree", () => CategoryTree.LoadAsync(db, cancellationToken));
        if (cultures.Current is not { } culture)
        {
            return tree;
        }

        var translations = await StructureTranslationsAsync(db, cancellationToken);
        return await KeepAsync("category-tree:" + culture, () => Task.FromResult(tree.Translated(translations, culture)));
    }

    /// <summary>Every category's and attribute's translations, kept until the catalog changes.</summary>
    internal Task<StructureTranslations> StructureTranslationsAsync(StoreDbContext db, CancellationToken cancellationToken) =>
        KeepAsync("structure-translations", () => StructureTranslations.LoadAsync(db, cancellationToken));

    /// <summary>Option names and values in <paramref name="culture"/> for the lists' filters, kept until the catalog changes.</summary>
    internal Task<OptionWords> OptionWordsAsync(StoreDbContext db, string culture, CancellationToken cancellationToken) =>
        KeepAsync("option-words:" + culture, () => OptionWords.LoadAsync(db, culture, cancellationToken));

    /// <summary>The cached value for <paramref name="key"/>, or <paramref name="compute"/>'s, kept until the catalog changes.</summary>
    public Task<T> KeepAsync<T>(string key, Func<Task<T>> compute) => _kept.GetAsync(key, compute);

    public void Dispose() => _kept.Dispose();

    internal static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .Tag(Tag)
            .SetVaryByQuery("*")
            // The page is rendered in the visitor's language: the culture is part of the key.
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            // The cookie banner shows until answered: one copy per answer, not per visitor.
            .VaryByValue(Store.Core.Privacy.CookieChoice.CacheKey)
            // Prices are in the shopper's currency, at today's rate: both are part of the key (Currencies module).
            .VaryByValue(Store.Core.Money.ShopperCurrency.CacheKey)
            .Expire(TimeSpan.FromMinutes(10)));
}
