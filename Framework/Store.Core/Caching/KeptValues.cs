using Microsoft.Extensions.Caching.Memory;

namespace Store.Core.Caching;

/// <summary>
/// Small lookups a module keeps in memory between requests (attribute definitions, menus), each for at most
/// <paramref name="lifetime"/> and until the module clears them on a change.
/// </summary>
public sealed class KeptValues(TimeSpan lifetime, int sizeLimit) : IDisposable
{
    private readonly MemoryCache _kept = new(new MemoryCacheOptions { SizeLimit = sizeLimit });

    /// <summary>The kept value for <paramref name="key"/>, or <paramref name="compute"/>'s, then kept.</summary>
    public async Task<T> GetAsync<T>(string key, Func<Task<T>> compute)
    {
        if (_kept.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await compute();
        _kept.Set(key, value, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = lifetime });
        return value;
    }

    public void Clear() => _kept.Clear();

    public void Dispose() => _kept.Dispose();
}
