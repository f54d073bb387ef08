using Microsoft.AspNetCore.OutputCaching;
using Store.Core.Caching;

namespace Store.Catalog;

/// <summary>
/// Catalog pages are served from the output cache to anonymous shoppers, and small catalog-wide lookups
/// (the attribute definitions) are kept in memory. Every change to products, categories or attributes
/// drops both. Both caches are per process: the node that makes a change drops its own at once, and the
/// others when their <see cref="Search.ProductIndex"/> applies the change (next list request or 2 s poll).
/// </summary>
public sealed class CatalogCache(IOutputCacheStore store) : IDisposable
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
