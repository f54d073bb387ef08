using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Store.Core.Data;

namespace Store.Content.Seo;

/// <summary>
/// Every redirect in memory, so the middleware costs a dictionary lookup. The node that saves reloads at once;
/// other nodes reload within <see cref="ContentCache.KeptLifetime"/>, one request at a time doing the query while
/// the others keep using the table they have.
/// </summary>
public sealed class RedirectTable(IServiceScopeFactory scopes, TimeProvider time, ILogger<RedirectTable> logger) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private FrozenDictionary<string, Target> _table = FrozenDictionary<string, Target>.Empty;
    private DateTimeOffset _loadedAt = DateTimeOffset.MinValue;

    internal sealed record Target(string To, int StatusCode);

    internal async ValueTask<Target?> FindAsync(string path, CancellationToken cancellationToken)
    {
        if (time.GetUtcNow() - _loadedAt > ContentCache.KeptLifetime && await _loading.WaitAsync(0, cancellationToken))
        {
            try
            {
                await LoadAsync(cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database is away: keep the table we have (health checks and error pages still answer), try later.
                logger.LogWarning(exception, "Could not load the redirects; keeping the {Count} loaded before.", _table.Count);
                _loadedAt = time.GetUtcNow();
            }
            finally
            {
                _loading.Release();
            }
        }

        var table = _table;
        return table.Count > 0 && table.TryGetValue(RedirectPaths.Normalize(path), out var target) ? target : null;
    }

    /// <summary>After a save on this node: the next request reloads.</summary>
    public void Changed() => _loadedAt = DateTimeOffset.MinValue;

    public void Dispose() => _loading.Dispose();

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
        var rows = await db.Set<UrlRedirect>().AsNoTracking().Select(r => new { r.FromPath, r.ToPath, r.StatusCode }).ToListAsync(cancellationToken);
        _table = rows.DistinctBy(r => r.FromPath, RedirectPaths.Comparer)
            .ToFrozenDictionary(r => r.FromPath, r => new Target(r.ToPath, r.StatusCode), RedirectPaths.Comparer);
        _loadedAt = time.GetUtcNow();
    }
}
