using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OutputCaching;

namespace Store.Catalog;

/// <summary>
/// Catalog pages are served from the output cache to anonymous shoppers; every change to products,
/// categories or attributes evicts them all by one tag (changes are rare, pages are cheap to rebuild).
/// </summary>
public sealed class CatalogCache(IOutputCacheStore store)
{
    public const string Tag = "catalog";
    public const string Policy = "Catalog";

    public Task ChangedAsync(CancellationToken cancellationToken = default) =>
        store.EvictByTagAsync(Tag, cancellationToken).AsTask();

    internal static void AddPolicy(OutputCacheOptions options) =>
        options.AddPolicy(Policy, policy => policy
            .Tag(Tag)
            .SetVaryByQuery("*")
            // The page is rendered in the visitor's language: the culture is part of the key.
            .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
            .Expire(TimeSpan.FromMinutes(10)));
}
