using Microsoft.AspNetCore.OutputCaching;
using Store.Catalog;
using Store.Core.Caching;

namespace Store.Content;

/// <summary>
/// The home page and content pages are served from the output cache like catalog pages. They are tagged with
/// the catalog's tag too, because the home page shows products and every page shows the category menu. A
/// content change (page, menu, home section, text) evicts both tags, because the menus and the product page's
/// shipping text appear on catalog pages as well. Menus and texts are kept in memory for
/// <see cref="KeptLifetime"/>: the node that saves drops them at once, other nodes within that time.
/// </summary>
public sealed class ContentCache(IOutputCacheStore store) : IDisposable
{
    public const string Tag = "content";
    public const string Policy = "Content";
    public const string SeoPolicy = "Seo";
    public static readonly TimeSpan KeptLifetime = TimeSpan.FromSeconds(30);

    private readonly KeptValues _kept = new(KeptLifetime, 20);

    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        _kept.Clear();
        await store.EvictByTagAsync(Tag, cancellationToken);
        await store.EvictByTagAsync(CatalogCache.Tag, cancellationToken);
    }

    /// <summary>The cached value for <paramref name="key"/>, or <paramref name="compute"/>'s, kept until content changes.</summary>
    public Task<T> KeepAsync<T>(string key, Func<Task<T>> compute) => _kept.GetAsync(key, compute);

    public void Dispose() => _kept.Dispose();

    internal static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .Tag(Tag, CatalogCache.Tag)
            .SetVaryByQuery("*")
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            .VaryByValue(Store.Core.Privacy.CookieChoice.CacheKey)
            // Prices are in the shopper's currency, at today's rate: both are part of the key (Currencies module).
            .VaryByValue(Store.Core.Money.ShopperCurrency.CacheKey)
            .Expire(TimeSpan.FromMinutes(10)));

    // The sitemap and robots.txt: the same for every language; a change to either tag builds them again.
    internal static void AddSeoPolicy(OutputCacheOptions options) =>
        options.AddPolicy(SeoPolicy, policy => policy.Tag(Tag, CatalogCache.Tag).SetVaryByQuery("*").Expire(TimeSpan.FromMinutes(10)));
}
