using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Store.Catalog;
using Store.Content;
using Store.Core.Data;
using Store.Core.Localization;

namespace Store.Translations.Overrides;

/// <summary>
/// Keeps this node's localizer in step with the overrides in the database. The node that saves applies them at
/// once; every node polls the <see cref="TranslationChange"/> rows (count and last id, so a PostgreSQL commit of
/// a lower id after a higher one is seen too) every <see cref="Interval"/> and, when they moved, reloads all
/// overrides (a few hundred rows at most) and drops its cached pages, which hold translated text.
/// </summary>
public sealed class TranslationSync(IServiceScopeFactory scopes, PoStringLocalizerFactory localizers, IOutputCacheStore pages, ILogger<TranslationSync> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private (int Count, long Last) _seen = (-1, -1);
    private HashSet<string> _applied = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Reloads the overrides when the change rows moved since this node last looked.</summary>
    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<StoreDbContext>();
            var changes = db.Set<TranslationChange>();
            var seen = (await changes.CountAsync(cancellationToken), await changes.MaxAsync(c => (long?)c.Id, cancellationToken) ?? 0);
            if (seen == _seen)
            {
                return;
            }

            var overrides = await db.Set<TranslationOverride>().AsNoTracking().ToListAsync(cancellationToken);
            var byCulture = overrides.GroupBy(o => o.Culture, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
            // Cultures whose last override was removed go back to their shipped files.
            foreach (var culture in _applied.Union(byCulture.Keys, StringComparer.OrdinalIgnoreCase))
            {
                localizers.SetOverrides(culture, [.. byCulture.GetValueOrDefault(culture, []).Select(ToEntry)]);
            }

            _applied = [.. byCulture.Keys];
            if (_seen.Last >= 0)
            {
                await pages.EvictByTagAsync(CatalogCache.Tag, cancellationToken);
                await pages.EvictByTagAsync(ContentCache.Tag, cancellationToken);
            }

            _seen = seen;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        do
        {
            try
            {
                await RefreshAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Before the first migration the tables do not exist yet; the next tick tries again.
                logger.LogWarning(ex, "Could not read the translation overrides.");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    private static PoEntry ToEntry(TranslationOverride o) => new(o.Context.Length == 0 ? null : o.Context, o.MsgId, o.MsgIdPlural, o.Forms);
}
