using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Caching.Memory;

namespace Store.Catalog;

/// <summary>
/// Catalog pages are served from the output cache to anonymous shoppers, and the list's totals and
/// attribute counts (the part of a list query that grows with the catalog) are kept per filter. Every
/// change to products, categories or attributes drops both (changes are rare, rebuilding is cheap).
/// Both caches are per process: on several nodes, another node's entries age out after their lifetime.
/// </summary>
public sealed class CatalogCache(IOutputCacheStore store) : IDisposable
{
    public const string Tag = "catalog";
    public const string Policy = "Catalog";
    private static readonly TimeSpan CountLifetime = TimeSpan.FromMinutes(2);

    private readonly MemoryCache _counts = new(new MemoryCacheOptions { SizeLimit = 5_000 });

    public async Task ChangedAsync(CancellationToken cancellationToken = default)
    {
        _counts.Clear();
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    /// <summary>The cached value for <paramref name="key"/>, or <paramref name="compute"/>'s, kept until the catalog changes.</summary>
    public async Task<T> CountsAsync<T>(string key, Func<Task<T>> compute)
    {
        if (_counts.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        _counts.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = CountLifetime });
        return value;
    }

    public void Dispose() => _counts.Dispose();

    internal static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .Tag(Tag)
            .SetVaryByQuery("*")
            // The page is rendered in the visitor's language: the culture is part of the key.
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            .Expire(TimeSpan.FromMinutes(10)));
}
